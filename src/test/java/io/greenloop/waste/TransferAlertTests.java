package io.greenloop.waste;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.MutableClock;
import io.greenloop.region.Organisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily check on the clock: a receipt unconfirmed after five working days, a paper
 * manifest not back-filled within ten, weights apart by more than the tolerance, a long
 * trip; each raised once, seen by the regulators of the region, closed by a reviewer.
 */
@GreenloopTest
class TransferAlertTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransferAlerts alerts;

	@Autowired
	MutableClock clock;

	Api api;

	TransferFixture f;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.f = new TransferFixture(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	JsonNode step(String user, long id, String step, Object body, int status) {
		return this.api.expect(user, "POST", "/api/waste/manifests/" + id + "/" + step, body, status);
	}

	long draft(Map<String, Object> changes) {
		Map<String, Object> body = this.f.draft();
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1)));
		body.putAll(changes);
		return this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
	}

	long delivered() {
		long id = draft(Map.of());
		step(this.f.senderUser, id, "issue", null, 200);
		step(this.f.carrier1User, id, "pick-up", null, 200);
		step(this.f.carrier1User, id, "deliver", null, 200);
		return id;
	}

	List<String> kinds(long manifestId) {
		return this.jdbc.sql("SELECT kind FROM waste.transfer_alert WHERE manifest_id = :id ORDER BY kind")
			.param("id", manifestId)
			.query(String.class)
			.list();
	}

	@Test
	void raisesEachAnomalyOnceOnTheDayItIsDue() {
		long unconfirmed = delivered();
		long light = delivered();
		step(this.f.receiverUser, light, "receive", Map.of("receivedQuantityTonnes", 9.0), 200);
		long close = delivered();
		step(this.f.receiverUser, close, "receive", Map.of("receivedQuantityTonnes", 9.8), 200);
		long travelling = draft(Map.of());
		step(this.f.senderUser, travelling, "issue", null, 200);
		step(this.f.carrier1User, travelling, "pick-up", null, 200);
		long lateBackfill = draft(Map.of("paper", true, "plannedOn", "2025-11-03", "completedOn", "2025-11-03"));
		long recentPaper = draft(Map.of("paper", true, "plannedOn", "2025-11-18", "completedOn", "2025-11-18"));
		assertThat(this.api.expect(this.f.senderUser, "GET", "/api/waste/manifests/" + lateBackfill, null, 200)
			.get("dueOn")
			.asString()).isEqualTo("2025-11-17");
		this.alerts.runDailyCheck();
		assertThat(kinds(unconfirmed)).isEmpty();
		assertThat(kinds(light)).containsExactly("WEIGHT_DIFFERENCE");
		assertThat(kinds(close)).isEmpty();
		assertThat(kinds(travelling)).isEmpty();
		assertThat(kinds(lateBackfill)).containsExactly("BACKFILL_OVERDUE");
		assertThat(kinds(recentPaper)).isEmpty();

		this.clock.set(Instant.parse("2025-11-27T08:00:00Z"));
		this.alerts.runDailyCheck();
		assertThat(kinds(unconfirmed)).as("the fifth working day is not yet past").isEmpty();
		assertThat(kinds(travelling)).containsExactly("LONG_TRIP");
		this.clock.set(Instant.parse("2025-11-28T01:00:00Z"));
		this.alerts.runDailyCheck();
		this.alerts.runDailyCheck();
		assertThat(kinds(unconfirmed)).containsExactly("UNCONFIRMED");
		assertThat(kinds(light)).containsExactly("WEIGHT_DIFFERENCE");
	}

	@Test
	void showsTheQueueToTheRegionsRegulatorsWhoCloseIt() throws Exception {
		long lateBackfill = draft(Map.of("paper", true, "plannedOn", "2025-11-03", "completedOn", "2025-11-03"));
		this.alerts.runDailyCheck();
		JsonNode alert = this.api.expect("hohhot-leader", "GET", "/api/waste/alerts?open=true", null, 200)
			.valueStream()
			.filter(a -> a.get("manifestId").asLong() == lateBackfill)
			.findFirst()
			.orElseThrow();
		assertThat(alert.get("kind").asString()).isEqualTo("BACKFILL_OVERDUE");
		assertThat(alert.get("detail").asString()).contains("2025-11-17");
		this.api.expect(this.f.senderUser, "GET", "/api/waste/alerts", null, 403);
		long alertId = alert.get("id").asLong();
		this.api.expect("hohhot-leader", "POST", "/api/waste/alerts/" + alertId + "/close", null, 403);
		JsonNode closed = this.api.expect("hohhot-reviewer", "POST", "/api/waste/alerts/" + alertId + "/close", null,
				200);
		assertThat(closed.get("closedBy").asString()).isEqualTo("hohhot-reviewer");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/alerts?open=true", null, 200)
			.valueStream()
			.map(a -> a.get("id").asLong())).doesNotContain(alertId);
		String html = this.api.page("hohhot-leader", "/waste/alerts")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("data-alert=\"" + alertId + "\"");
	}

	@Test
	void backFillsAPaperManifestWithItsPastMoments() {
		long paper = draft(Map.of("paper", true, "plannedOn", "2025-11-10", "completedOn", "2025-11-11"));
		JsonNode issued = step(this.f.senderUser, paper, "issue", Map.of("at", "2025-11-10T01:00:00Z"), 200);
		assertThat(issued.get("manifest").get("number").asString()).startsWith("20251501");
		JsonNode early = step(this.f.carrier1User, paper, "pick-up", Map.of("at", "2025-11-10T00:30:00Z"), 400);
		assertThat(early.get("detail").asString()).contains("before the previous signature");
		step(this.f.carrier1User, paper, "pick-up", Map.of("at", "2025-11-10T02:00:00Z"), 200);
		step(this.f.carrier1User, paper, "deliver", Map.of("at", "2025-11-11T03:00:00Z"), 200);
		JsonNode received = step(this.f.receiverUser, paper, "receive",
				Map.of("at", "2025-11-11T04:00:00Z", "receivedQuantityTonnes", 10), 200)
			.get("manifest");
		assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
		assertThat(received.get("receivedOn").asString()).isEqualTo("2025-11-11");
		assertThat(received.get("dueOn").asString()).as("ten working days after 2025-11-11").isEqualTo("2025-11-25");
		this.alerts.runDailyCheck();
		assertThat(kinds(paper)).isEmpty();
	}

}
