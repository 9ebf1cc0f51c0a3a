package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.MutableClock;
import io.greenloop.TestClock;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * LONG_TRIP against the time the route needs, on the moving test clock: 300 km need 300 /
 * 50 = 6 h driving + one 20 min rest + 2 h handling = 8 h 20 min, so the limit is 2 ×
 * that = 16.7 h; without a distance the fixed 48 h apply.
 */
@GreenloopTest
class TripAlertTests {

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

	void at(Duration afterPickUp) {
		this.clock.set(TestClock.NOW.plus(afterPickUp));
	}

	JsonNode step(String user, long id, String step, int status) {
		return this.api.expect(user, "POST", "/api/waste/manifests/" + id + "/" + step, null, status);
	}

	/** A manifest by carrier 1 alone, with the leg's distance (null: none). */
	long draft(Object distanceKm) {
		Map<String, Object> body = this.f.draft();
		Map<String, Object> leg = new HashMap<>(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1));
		if (distanceKm != null) {
			leg.put("distanceKm", distanceKm);
			leg.put("route", "呼和浩特赛罕区—G6京藏高速—包头—G65包茂高速—鄂尔多斯东胜区");
		}
		body.put("carriers", List.of(leg));
		return this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
	}

	/** Drafted, issued and picked up at the tests' moment. */
	long pickedUp(Object distanceKm) {
		long id = draft(distanceKm);
		step(this.f.senderUser, id, "issue", 200);
		step(this.f.carrier1User, id, "pick-up", 200);
		return id;
	}

	Map<String, String> alerts(long manifestId) {
		Map<String, String> found = new HashMap<>();
		this.jdbc.sql("SELECT kind, detail FROM waste.transfer_alert WHERE manifest_id = :id")
			.param("id", manifestId)
			.query((rs, n) -> found.put(rs.getString("kind"), rs.getString("detail")))
			.list();
		return found;
	}

	JsonNode trip(long id) {
		return this.api.expect(this.f.senderUser, "GET", "/api/waste/manifests/" + id, null, 200).get("trip");
	}

	@Test
	void alertsATripOf300KmThatTook40HoursButNotOneThatTook10() {
		long quick = pickedUp(300);
		long slow = pickedUp(300);
		long unrouted = pickedUp(null);
		at(Duration.ofHours(10));
		step(this.f.carrier1User, quick, "deliver", 200);
		at(Duration.ofHours(40));
		step(this.f.carrier1User, slow, "deliver", 200);
		step(this.f.carrier1User, unrouted, "deliver", 200);
		this.alerts.runDailyCheck();

		assertThat(alerts(quick)).doesNotContainKey("LONG_TRIP");
		assertThat(alerts(slow).get("LONG_TRIP")).isEqualTo("Took 40 h from pick-up to delivery; its route of 300 km "
				+ "needs 8.3 h (50 km/h, 20 min rest per 4 h of driving, 2 h handling per leg): more than 2 × and "
				+ "at least 6 h over (limit 16.7 h, rule ROUTE)");
		assertThat(alerts(unrouted)).as("40 h is within the fixed 48 h").doesNotContainKey("LONG_TRIP");

		JsonNode quickTrip = trip(quick);
		assertThat(quickTrip.get("rule").asString()).isEqualTo("ROUTE");
		assertThat(quickTrip.get("distanceKm").decimalValue()).isEqualByComparingTo("300");
		assertThat(quickTrip.get("expectedHours").decimalValue()).isEqualByComparingTo("8.3");
		assertThat(quickTrip.get("limitHours").decimalValue()).isEqualByComparingTo("16.7");
		assertThat(quickTrip.get("actualHours").decimalValue()).isEqualByComparingTo("10");
		assertThat(quickTrip.get("running").asBoolean()).isFalse();
		assertThat(quickTrip.get("over").asBoolean()).isFalse();
		assertThat(trip(slow).get("over").asBoolean()).isTrue();
		JsonNode unroutedTrip = trip(unrouted);
		assertThat(unroutedTrip.get("rule").asString()).isEqualTo("FIXED");
		assertThat(unroutedTrip.get("limitHours").decimalValue()).isEqualByComparingTo("48");
		assertThat(unroutedTrip.get("expectedHours").isNull()).isTrue();
	}

	@Test
	void fallsBackToTheFixed48HoursWithoutADistance() {
		long unrouted = pickedUp(null);
		at(Duration.ofHours(50));
		step(this.f.carrier1User, unrouted, "deliver", 200);
		this.alerts.runDailyCheck();
		assertThat(alerts(unrouted).get("LONG_TRIP")).isEqualTo(
				"Took 50 h from pick-up to delivery: more than the fixed 48 h (rule FIXED: no route distance given "
						+ "for every leg)");
	}

	@Test
	void alertsATripStillInTransitPastItsLimit() {
		long travelling = pickedUp(300);
		at(Duration.ofHours(12));
		this.alerts.runDailyCheck();
		assertThat(alerts(travelling)).doesNotContainKey("LONG_TRIP");
		JsonNode soFar = trip(travelling);
		assertThat(soFar.get("running").asBoolean()).isTrue();
		assertThat(soFar.get("actualHours").decimalValue()).isEqualByComparingTo("12");
		assertThat(soFar.get("over").asBoolean()).isFalse();

		at(Duration.ofHours(20));
		this.alerts.runDailyCheck();
		this.alerts.runDailyCheck();
		assertThat(alerts(travelling).get("LONG_TRIP"))
			.startsWith("In transit for 20 h from pick-up; its route of 300 km needs 8.3 h");
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.transfer_alert WHERE manifest_id = :id")
			.param("id", travelling)
			.query(Integer.class)
			.single()).as("raised once").isEqualTo(1);
		assertThat(trip(travelling).get("over").asBoolean()).isTrue();
	}

	@Test
	void refusesABadDistanceNamingTheFieldAndWritesNothing() {
		int before = manifestsOfSender();
		for (Object bad : List.of(0, -12.5, 5000.1)) {
			Map<String, Object> body = this.f.draft();
			List<Map<String, Object>> legs = new ArrayList<>();
			legs.add(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1, "distanceKm", 120));
			legs.add(Map.of("carrierId", this.f.carrier2, "vehicleId", this.f.vehicle2, "handoverPlace", "包头中转站",
					"distanceKm", bad));
			body.put("carriers", legs);
			JsonNode problem = this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 400);
			assertThat(problem.get("field").asString()).isEqualTo("carriers[1].distanceKm");
			assertThat(problem.get("detail").asString()).contains("greater than 0 and at most 5000 km");
		}
		assertThat(manifestsOfSender()).isEqualTo(before);

		long id = draft(null);
		JsonNode problem = this.api.expect(this.f.senderUser, "PUT", "/api/waste/manifests/" + id + "/carriers/1/route",
				Map.of("distanceKm", 6000), 400);
		assertThat(problem.get("field").asString()).isEqualTo("distanceKm");
		assertThat(this.api
			.expect(this.f.senderUser, "PUT", "/api/waste/manifests/" + id + "/carriers/3/route",
					Map.of("distanceKm", 60), 400)
			.get("field")
			.asString()).isEqualTo("position");
		assertThat(trip(id).get("rule").asString()).isEqualTo("FIXED");
	}

	int manifestsOfSender() {
		return this.jdbc.sql("SELECT count(*) FROM waste.manifest WHERE sender_enterprise_id = :e")
			.param("e", this.f.sender)
			.query(Integer.class)
			.single();
	}

	@Test
	void eachCarrierGivesItsOwnLegsRouteBeforePickingUp() {
		Map<String, Object> body = this.f.draft();
		long id = this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
		String uri = "/api/waste/manifests/" + id + "/carriers/";
		JsonNode drafted = this.api.expect(this.f.senderUser, "PUT", uri + "1/route",
				Map.of("distanceKm", 120, "route", "赛罕区—G6—包头中转站"), 200);
		assertThat(drafted.get("carriers").get(0).get("distanceKm").decimalValue()).isEqualByComparingTo("120");
		assertThat(drafted.get("carriers").get(0).get("legTo").asString()).isEqualTo("包头中转站");
		assertThat(drafted.get("trip").get("rule").asString()).as("leg 2 has none yet").isEqualTo("FIXED");
		step(this.f.senderUser, id, "issue", 200);

		this.api.expect(this.f.senderUser, "PUT", uri + "2/route", Map.of("distanceKm", 180), 403);
		this.api.expect(this.f.carrier1User, "PUT", uri + "2/route", Map.of("distanceKm", 180), 403);
		this.api.expect(this.f.carrier1User, "PUT", uri + "1/route", Map.of("distanceKm", 130), 409);
		JsonNode given = this.api.expect(this.f.carrier2User, "PUT", uri + "2/route",
				Map.of("distanceKm", 180, "route", "包头—G65—东胜区"), 200);
		assertThat(given.get("trip").get("rule").asString()).isEqualTo("ROUTE");
		assertThat(given.get("trip").get("distanceKm").decimalValue()).isEqualByComparingTo("300");
		// 120 km: 144 min + 2 h; 180 km: 216 min + 2 h; 10 h in all, long beyond 20 h
		assertThat(given.get("trip").get("expectedHours").decimalValue()).isEqualByComparingTo("10.0");
		assertThat(given.get("trip").get("limitHours").decimalValue()).isEqualByComparingTo("20.0");
		assertThat(given.get("history").valueStream().map(e -> e.get("action").asString())).contains("ROUTE_GIVEN");

		step(this.f.carrier1User, id, "pick-up", 200);
		step(this.f.carrier2User, id, "hand-over", 200);
		this.api.expect(this.f.carrier2User, "PUT", uri + "2/route", Map.of("distanceKm", 190), 409);
		String frozen = this.jdbc
			.sql("SELECT content FROM waste.manifest_signature WHERE manifest_id = :id AND position = 2")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(frozen).as("carrier 2 signs its leg's route").contains("\"distanceKm\":\"180\"");
	}

	@Test
	void showsTheRouteAndTheTripTimeOnTheManifestPageInBothLanguages() throws Exception {
		long id = pickedUp(300);
		at(Duration.ofHours(20));
		String zh = page(this.f.senderUser, "/waste/manifests/" + id);
		assertThat(zh).contains("300.0 km")
			.contains("G65包茂高速")
			.contains("全程 300 km，按路线应需 8.3 小时（超过 16.7 小时为异常）")
			.contains("已在途 20 小时")
			.contains("id=\"trip-over\"");
		String en = page(this.f.senderUser, "/waste/manifests/" + id + "?lang=en");
		assertThat(en).contains("Route of 300 km needs 8.3 h (long beyond 16.7 h)")
			.contains("In transit for 20 h so far")
			.contains("data-over=\"true\"");

		long draft = draft(null);
		assertThat(page(this.f.senderUser, "/waste/manifests/" + draft)).contains("按固定上限 48 小时判断")
			.contains("class=\"row g-2 align-items-end mb-2 route-form\" data-leg=\"1\"");
		this.mvc.post()
			.uri("/waste/manifests/" + draft + "/route")
			.with(httpBasic(this.f.senderUser, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("position", "1")
			.param("distanceKm", "45.5")
			.param("route", "赛罕区—东胜区")
			.exchange();
		assertThat(trip(draft).get("distanceKm").decimalValue()).isEqualByComparingTo("45.5");
		assertThat(this.mvc.post()
			.uri("/waste/manifests/" + draft + "/route")
			.with(httpBasic(this.f.outsiderUser, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("position", "1")
			.param("distanceKm", "99")
			.exchange()).hasStatus(403);
		assertThat(trip(draft).get("distanceKm").decimalValue()).isEqualByComparingTo("45.5");
		assertThat(page(this.f.senderUser, "/waste/manifests/" + draft)).contains("45.5 km");
	}

	String page(String user, String uri) throws Exception {
		return this.api.page(user, uri).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
