package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.region.Organisations;
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
 * A manifest as its parties run it: the sender drafts and issues it, two carriers pick up
 * and hand over, the receiver reports a quantity difference and accepts; each party and
 * the regulators of both regions see it, no one else; signatures are in order with frozen
 * copies; the checks refuse with codes and change nothing; wrong parties, states and
 * moments are refused.
 */
@GreenloopTest
class ManifestApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Api api;

	TransferFixture f;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.f = new TransferFixture(this.context);
	}

	long draft(Map<String, Object> body) {
		return this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
	}

	JsonNode step(String user, long id, String step, Object body, int status) {
		return this.api.expect(user, "POST", "/api/waste/manifests/" + id + "/" + step, body, status);
	}

	static List<String> codes(JsonNode findings) {
		return findings.valueStream().map(n -> n.get("code").asString()).toList();
	}

	@Test
	void runsFromDraftToReceiptWithADifferenceSeenByBothPartiesAndTheRegulators() throws Exception {
		long id = draft(this.f.draft());
		JsonNode preview = this.api.expect(this.f.senderUser, "GET", "/api/waste/manifests/" + id + "/checks", null,
				200);
		assertThat(codes(preview.get("errors"))).isEmpty();
		assertThat(codes(preview.get("warnings"))).containsExactly("PLAN_NOT_FILED");
		JsonNode issued = step(this.f.senderUser, id, "issue", null, 200);
		String number = issued.get("manifest").get("number").asString();
		assertThat(number).hasSize(14).startsWith("20251501");
		assertThat(issued.get("manifest").get("state").asString()).isEqualTo("ISSUED");
		assertThat(codes(issued.get("warnings"))).containsExactly("PLAN_NOT_FILED");
		step(this.f.carrier1User, id, "pick-up", null, 200);
		step(this.f.carrier1User, id, "deliver", null, 403);
		step(this.f.carrier2User, id, "deliver", null, 409);
		step(this.f.carrier2User, id, "hand-over", null, 200);
		JsonNode delivered = step(this.f.carrier2User, id, "deliver", null, 200).get("manifest");
		assertThat(delivered.get("state").asString()).isEqualTo("DELIVERED");
		assertThat(delivered.get("dueOn").asString()).as("5 working days after Thursday 2025-11-20")
			.isEqualTo("2025-11-27");
		JsonNode reported = step(this.f.receiverUser, id, "receive",
				Map.of("receivedQuantityTonnes", 9.2, "discrepancies", List.of("quantity"), "note", "少两袋"), 200)
			.get("manifest");
		assertThat(reported.get("state").asString()).isEqualTo("DISCREPANCY");
		for (String user : List.of(this.f.senderUser, this.f.receiverUser, "hohhot-leader", "ordos-leader",
				"region-reviewer")) {
			JsonNode seen = this.api.expect(user, "GET", "/api/waste/manifests/" + id, null, 200);
			assertThat(seen.get("discrepancies").toString()).as(user).isEqualTo("[\"QUANTITY\"]");
			assertThat(seen.get("receivedQuantityTonnes").decimalValue()).as(user).isEqualByComparingTo("9.2");
		}
		assertThat(this.api.expect("ordos-leader", "GET", "/api/waste/manifests?state=DISCREPANCY", null, 200)
			.valueStream()
			.map(n -> n.get("id").asLong())).contains(id);
		this.api.expect(this.f.outsiderUser, "GET", "/api/waste/manifests/" + id, null, 403);
		assertThat(this.api.expect(this.f.outsiderUser, "GET", "/api/waste/manifests", null, 200)).isEmpty();
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/alerts", null, 200)
			.valueStream()
			.filter(a -> a.get("manifestId").asLong() == id)
			.map(a -> a.get("kind").asString())).containsExactly("DISCREPANCY");
		JsonNode accepted = step(this.f.receiverUser, id, "decide", Map.of("decision", "accept"), 200).get("manifest");
		assertThat(accepted.get("state").asString()).isEqualTo("RECEIVED");
		assertThat(accepted.get("quantityTonnes").decimalValue()).isEqualByComparingTo("10");
		assertThat(accepted.get("receivedQuantityTonnes").decimalValue()).isEqualByComparingTo("9.2");
		assertThat(accepted.get("receivedOn").asString()).isEqualTo("2025-11-20");
		assertThat(accepted.get("discrepancyDecision").asString()).isEqualTo("ACCEPTED");
		JsonNode signatures = accepted.get("signatures");
		assertThat(signatures.valueStream().map(s -> s.get("role").asString() + s.get("position").asInt()))
			.containsExactly("SENDER0", "CARRIER1", "CARRIER2", "RECEIVER3");
		for (JsonNode s : signatures) {
			String content = s.get("content").asString();
			assertThat(s.get("contentSha256").asString()).isEqualTo(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8))));
			assertThat(content).contains("\"number\":\"" + number + "\"").contains("\"quantityTonnes\":\"10\"");
		}
		assertThat(signatures.get(3).get("content").asString()).contains("\"receivedQuantityTonnes\":\"9.2\"")
			.contains(signatures.get(2).get("contentSha256").asString());
		JsonNode closed = step(this.f.receiverUser, id, "close", Map.of("treatmentMethod", "D10 焚烧"), 200);
		assertThat(closed.get("manifest").get("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void refusesToIssueWhenTheChecksFailAndChangesNothing() {
		Map<String, Object> body = this.f.draft();
		body.put("wasteCode", "900-200-08");
		long uncovered = draft(body);
		JsonNode refused = step(this.f.senderUser, uncovered, "issue", null, 422);
		assertThat(codes(refused.get("errors"))).containsExactly("LICENCE_CODE_NOT_PERMITTED");
		assertThat(codes(refused.get("warnings"))).contains("PLAN_NOT_FILED");
		JsonNode unchanged = this.api.expect(this.f.senderUser, "GET", "/api/waste/manifests/" + uncovered, null, 200);
		assertThat(unchanged.get("state").asString()).isEqualTo("DRAFT");
		assertThat(unchanged.get("number").isNull()).isTrue();
		assertThat(unchanged.get("signatures")).isEmpty();

		long expiredCarrier = this.f.carrier(this.f.enterprise("过期运输公司", "150102"), "2025-06-30");
		long oldVehicle = this.f.vehicle(expiredCarrier, "蒙A-OLD" + TransferFixture.SERIAL.incrementAndGet(),
				"2025-06-30");
		Map<String, Object> badParties = this.f.draft();
		badParties.put("carriers", List.of(Map.of("carrierId", expiredCarrier, "vehicleId", oldVehicle)));
		badParties.put("consignorEnterpriseId", this.f.carrier2Enterprise);
		badParties.put("plannedOn", "2030-03-01");
		this.f.filePlan(2030, "900-249-08");
		JsonNode many = step(this.f.senderUser, draft(badParties), "issue", null, 422);
		assertThat(codes(many.get("errors"))).containsExactlyInAnyOrder("CARRIER_PERMIT_EXPIRED",
				"VEHICLE_PERMIT_EXPIRED", "CONSIGNOR_NOT_PARTY", "LICENCE_NOT_VALID", "PLAN_CODE_ABSENT");
		assertThat(many.get("errors").get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void refusesAReceiptBeyondTheLicencesAnnualCapacity() {
		this.f.filePlan(2025, "900-041-49");
		Map<String, Object> body = this.f.draft();
		body.put("quantityTonnes", 95);
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1)));
		long first = draft(body);
		assertThat(codes(step(this.f.senderUser, first, "issue", null, 200).get("warnings"))).isEmpty();
		step(this.f.carrier1User, first, "pick-up", null, 200);
		step(this.f.carrier1User, first, "deliver", null, 200);
		step(this.f.receiverUser, first, "receive", Map.of("receivedQuantityTonnes", 95), 200);
		body.put("quantityTonnes", 10);
		long second = draft(body);
		JsonNode refused = step(this.f.senderUser, second, "issue", null, 422);
		assertThat(codes(refused.get("errors"))).containsExactly("CAPACITY_EXCEEDED");
		assertThat(refused.get("errors").get(0).get("message").asString()).contains("95 t").contains("100 t/a");
	}

	@Test
	void refusesBadDraftsNamingTheField() {
		Map<String, Object> body = this.f.draft();
		body.put("wasteCode", "900-998-49");
		assertThat(
				this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 400).get("field").asString())
			.isEqualTo("wasteCode");
		body = this.f.draft();
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle2)));
		assertThat(
				this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 400).get("field").asString())
			.isEqualTo("carriers[0].vehicleId");
		body = this.f.draft();
		body.put("quantityTonnes", 0);
		assertThat(
				this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 400).get("field").asString())
			.isEqualTo("quantityTonnes");
		this.api.expect(this.f.receiverUser, "POST", "/api/waste/manifests", this.f.draft(), 403);
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/manifests", this.f.draft(), 403);
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.manifest WHERE sender_site_id = :s")
			.param("s", this.f.site)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesWrongPartiesStatesAndMoments() {
		long id = draft(this.f.draft());
		step(this.f.carrier1User, id, "issue", null, 403);
		step(this.f.senderUser, id, "pick-up", null, 403);
		step(this.f.carrier1User, id, "pick-up", null, 409);
		JsonNode future = step(this.f.senderUser, id, "issue", Map.of("at", "2025-11-21T00:00:00Z"), 400);
		assertThat(future.get("field").asString()).isEqualTo("at");
		step(this.f.senderUser, id, "issue", null, 200);
		JsonNode before = step(this.f.carrier1User, id, "pick-up", Map.of("at", "2025-11-19T00:00:00Z"), 400);
		assertThat(before.get("detail").asString()).contains("only a paper manifest's back-fill");
		step(this.f.senderUser, id, "issue", null, 409);
	}

	@Test
	void showsTheDifferenceOnThePagesToBothPartiesAndTheRegulatorAndTakesStepsFromForms() throws Exception {
		Map<String, Object> body = this.f.draft();
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1)));
		long id = draft(body);
		String draftPage = page(this.f.senderUser, "/waste/manifests/" + id);
		assertThat(draftPage).contains("data-step=\"ISSUE\"");
		assertThat(page(this.f.receiverUser, "/waste/manifests/" + id)).doesNotContain("data-step=");
		form(this.f.senderUser, id, "ISSUE");
		form(this.f.carrier1User, id, "PICK_UP");
		form(this.f.carrier1User, id, "DELIVER");
		assertThat(page(this.f.receiverUser, "/waste/manifests/" + id)).contains("data-step=\"RECEIVE\"");
		this.mvc.post()
			.uri("/waste/manifests/" + id + "/step")
			.with(httpBasic(this.f.receiverUser, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("step", "RECEIVE")
			.param("quantity", "8.5")
			.param("discrepancies", "PACKAGING", "QUANTITY")
			.param("note", "破损两袋")
			.exchange();
		for (String user : List.of(this.f.senderUser, this.f.receiverUser, "ordos-reviewer")) {
			String html = page(user, "/waste/manifests/" + id);
			assertThat(html).as(user).contains("id=\"discrepancy\"").contains("破损两袋").contains("8.5");
			assertThat(page(user, "/waste/manifests")).as(user).contains("data-id=\"" + id + "\"");
		}
		assertThat(page(this.f.receiverUser, "/waste/manifests/" + id)).contains("data-step=\"DECIDE\"");
		assertThat(this.api.page(this.f.outsiderUser, "/waste/manifests/" + id)).hasStatus(403);
	}

	@Test
	void draftsFromTheFormAndSendsABadCodeBackToIt() throws Exception {
		String form = page(this.f.senderUser, "/waste/manifests/new");
		assertThat(form).contains("value=\"" + this.f.site + "\"")
			.contains("value=\"" + this.f.carrier1 + ":" + this.f.vehicle1 + "\"");
		assertThat(page(this.f.receiverUser, "/waste/manifests/new")).contains("id=\"no-sites\"");
		var drafted = this.mvc.post()
			.uri("/waste/manifests")
			.with(httpBasic(this.f.senderUser, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("siteId", String.valueOf(this.f.site))
			.param("licenceId", String.valueOf(this.f.licence))
			.param("wasteCode", "900-041-49")
			.param("wasteName", "废包装物")
			.param("quantity", "3.5")
			.param("plannedOn", "2025-11-21")
			.param("carrier1", this.f.carrier1 + ":" + this.f.vehicle1)
			.exchange();
		assertThat(drafted).hasStatus3xxRedirection();
		assertThat(drafted.getResponse().getRedirectedUrl()).startsWith("/waste/manifests/");
		var refused = this.mvc.post()
			.uri("/waste/manifests")
			.with(httpBasic(this.f.senderUser, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("siteId", String.valueOf(this.f.site))
			.param("licenceId", String.valueOf(this.f.licence))
			.param("wasteCode", "900-041-42")
			.param("wasteName", "x")
			.param("quantity", "1")
			.param("plannedOn", "2025-11-21")
			.param("carrier1", this.f.carrier1 + ":" + this.f.vehicle1)
			.exchange();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/waste/manifests/new");
		assertThat(this.jdbc.sql("SELECT quantity_t FROM waste.manifest WHERE sender_site_id = :s")
			.param("s", this.f.site)
			.query(java.math.BigDecimal.class)
			.list()).singleElement().satisfies(q -> assertThat(q).isEqualByComparingTo("3.5"));
	}

	String page(String user, String uri) throws Exception {
		var result = this.api.page(user, uri);
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	void form(String user, long id, String step) {
		assertThat(this.mvc.post()
			.uri("/waste/manifests/" + id + "/step")
			.with(httpBasic(user, Api.DEMO_PASSWORD))
			.with(csrf())
			.param("step", step)
			.exchange()).hasStatus3xxRedirection();
	}

}
