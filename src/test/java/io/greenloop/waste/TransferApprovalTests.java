package io.greenloop.waste;

import java.time.Instant;
import java.util.HashMap;
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
 * A transfer from Hohhot to an operator in 陕西 (610000): applied for, accepted, reviewed,
 * agreed by the destination and approved by the origin province in turn, with their
 * deadlines; valid until the receiver's licence ends; manifests need it and count against
 * its quantity.
 */
@GreenloopTest
class TransferApprovalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Api api;

	TransferFixture f;

	long licence;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.f = new TransferFixture(this.context);
		long operator = this.f.enterprise("陕西测试处置公司", "610102");
		this.licence = this.jdbc.sql("""
				INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities, annual_capacity_t,
				    catalogue_edition)
				VALUES (:e, :number, '2024-01-01', '2026-06-30', '{DISPOSAL}', 1000, '2021') RETURNING id""")
			.param("e", operator)
			.param("number", "陕危废经第T" + TransferFixture.SERIAL.incrementAndGet() + "号")
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO waste.licence_waste (licence_id, waste_code) VALUES (:l, '900-041-49')")
			.param("l", this.licence)
			.update();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	JsonNode apply(int status) {
		return this.api.expect(this.f.senderUser, "POST", "/api/waste/transfer-approvals",
				Map.of("senderSiteId", this.f.site, "receiverLicenceId", this.licence, "wasteCode", "900-041-49",
						"quantityTonnes", 20, "method", "D10 焚烧", "periodFrom", "2025-11-20", "periodTo", "2027-12-31"),
				status);
	}

	JsonNode act(String user, long id, String step, Object body, int status) {
		return this.api.expect(user, "POST", "/api/waste/transfer-approvals/" + id + "/" + step, body, status);
	}

	long manifest(Long approval, int tonnes) {
		Map<String, Object> body = this.f.draft();
		body.put("receiverLicenceId", this.licence);
		body.put("quantityTonnes", tonnes);
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1)));
		if (approval != null) {
			body.put("approvalId", approval);
		}
		return this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
	}

	@Test
	void runsTheStepsInTurnWithTheirDeadlinesAndBoundsTheValidity() {
		JsonNode applied = apply(201);
		long id = applied.get("id").asLong();
		assertThat(applied.get("originProvince").asString()).isEqualTo("150000");
		assertThat(applied.get("destinationProvince").asString()).isEqualTo("610000");
		assertThat(applied.get("nextStep").asString()).isEqualTo("ACCEPT");
		assertThat(applied.get("nextStepDue").asString()).isEqualTo("2025-11-27");
		act("hohhot-reviewer", id, "accept", null, 403);
		act("region-reviewer", id, "accept", null, 200);
		act("region-reviewer", id, "destination-reply", Map.of("agree", true), 403);
		act("region-reviewer", id, "decide", Map.of("agree", true), 409);
		JsonNode refusal = act("region-reviewer", id, "origin-review", Map.of("agree", false), 400);
		assertThat(refusal.get("field").asString()).isEqualTo("reason");
		JsonNode reviewed = act("region-reviewer", id, "origin-review", Map.of("agree", true), 200);
		assertThat(reviewed.get("state").asString()).isEqualTo("UNDER_DESTINATION_REVIEW");
		assertThat(reviewed.get("nextStepDue").asString()).as("ten working days").isEqualTo("2025-12-04");
		act("admin", id, "destination-reply", Map.of("agree", true, "reason", "同意接收"), 200);
		JsonNode approved = act("region-reviewer", id, "decide", Map.of("agree", true), 200);
		assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("validFrom").asString()).isEqualTo("2025-11-20");
		assertThat(approved.get("validTo").asString()).as("the licence ends first").isEqualTo("2026-06-30");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/transfer-approvals/" + id, null, 200)
			.get("state")
			.asString()).isEqualTo("APPROVED");
		this.api.expect(this.f.outsiderUser, "GET", "/api/waste/transfer-approvals/" + id, null, 403);

		JsonNode without = this.api.expect(this.f.senderUser, "POST",
				"/api/waste/manifests/" + manifest(null, 5) + "/issue", null, 422);
		assertThat(without.get("errors").valueStream().map(e -> e.get("code").asString()))
			.containsExactly("CROSS_PROVINCE_NO_APPROVAL");
		this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests/" + manifest(id, 15) + "/issue", null, 200);
		JsonNode over = this.api.expect(this.f.senderUser, "POST",
				"/api/waste/manifests/" + manifest(id, 10) + "/issue", null, 422);
		assertThat(over.get("errors").valueStream().map(e -> e.get("code").asString()))
			.containsExactly("CROSS_PROVINCE_QUANTITY_EXCEEDED");
		assertThat(this.api.expect(this.f.senderUser, "GET", "/api/waste/transfer-approvals/" + id, null, 200)
			.get("usedTonnes")
			.decimalValue()).isEqualByComparingTo("15");
	}

	@Test
	void countsAnUnansweredApplicationAsAcceptedFromReceiptAndShowsItOverdue() {
		long id = apply(201).get("id").asLong();
		this.clock.set(Instant.parse("2025-11-28T02:00:00Z"));
		JsonNode late = this.api.expect("region-reviewer", "GET", "/api/waste/transfer-approvals/" + id, null, 200);
		assertThat(late.get("overdue").asBoolean()).isTrue();
		JsonNode reviewed = act("region-reviewer", id, "origin-review", Map.of("agree", false, "reason", "不符合就近原则"),
				200);
		assertThat(reviewed.get("acceptedOn").asString()).isEqualTo("2025-11-20");
		assertThat(reviewed.get("state").asString()).isEqualTo("REFUSED_BY_ORIGIN");
		assertThat(reviewed.get("reason").asString()).isEqualTo("不符合就近原则");
		assertThat(reviewed.get("overdue").asBoolean()).isFalse();
	}

	@Test
	void takesStepsFromThePageAndRefusesThoseNotOfTheProvince() throws Exception {
		long id = apply(201).get("id").asLong();
		pageStep("hohhot-reviewer", id, "ACCEPT", "true", null);
		pageStep("region-reviewer", id, "ACCEPT", "false", "缺少委托协议");
		JsonNode returned = this.api.expect("region-reviewer", "GET", "/api/waste/transfer-approvals/" + id, null, 200);
		assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("reason").asString()).isEqualTo("缺少委托协议");
		String html = this.api.page("region-reviewer", "/waste/transfer-approvals")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("data-id=\"" + id + "\"").contains("data-state=\"RETURNED\"");
	}

	void pageStep(String user, long id, String step, String agree, String reason) {
		var request = this.mvc.post()
			.uri("/waste/transfer-approvals/" + id + "/step")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(user, Api.DEMO_PASSWORD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("step", step)
			.param("agree", agree);
		if (reason != null) {
			request.param("reason", reason);
		}
		assertThat(request.exchange()).hasStatus3xxRedirection();
		if ("hohhot-reviewer".equals(user)) {
			assertThat(this.api.expect("region-reviewer", "GET", "/api/waste/transfer-approvals/" + id, null, 200)
				.get("state")
				.asString()).isEqualTo("SUBMITTED");
		}
	}

	@Test
	void refusesAnApplicationWithinTheProvince() {
		Map<String, Object> body = new HashMap<>(
				Map.of("senderSiteId", this.f.site, "receiverLicenceId", this.f.licence, "wasteCode", "900-041-49",
						"quantityTonnes", 20, "method", "D10", "periodFrom", "2025-11-20", "periodTo", "2026-11-19"));
		JsonNode refused = this.api.expect(this.f.senderUser, "POST", "/api/waste/transfer-approvals", body, 400);
		assertThat(refused.get("field").asString()).isEqualTo("receiverLicenceId");
		this.api.expect(this.f.receiverUser, "POST", "/api/waste/transfer-approvals", body, 403);
	}

}
