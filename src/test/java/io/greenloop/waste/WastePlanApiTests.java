package io.greenloop.waste;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing the annual management plan (HJ 1259 §5): content by class, codes of the 名录,
 * receivers' licences, versions with a change reason, late filing, and the check the
 * manifests make against it. The clock stands at 2025-11-20.
 */
@GreenloopTest
class WastePlanApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FiledPlans filed;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	/**
	 * An operator in Togtoh whose licence permits 900-249-08 and 900-041-49 in the years
	 * given.
	 */
	long licence(String from, String to) {
		long operator = this.api
			.expect("admin", "POST", "/api/waste/enterprises",
					Map.of("creditCode", WasteRegistryApiTests.creditCode("150122"), "name",
							"处置测试有限公司" + WasteRegistryApiTests.SERIAL.get(), "regionCode", "150122"),
					201)
			.get("id")
			.asLong();
		return this.api.expect("admin", "POST", "/api/waste/licences",
				Map.of("enterpriseId", operator, "number", "蒙危经" + WasteRegistryApiTests.SERIAL.incrementAndGet(),
						"validFrom", from, "validTo", to, "wasteCodes", List.of("900-249-08", "900-041-49"),
						"activities", List.of("DISPOSAL"), "annualCapacityTonnes", 10000),
				201)
			.get("id")
			.asLong();
	}

	static Map<String, Object> line(String code, Object transferT, Long receiver) {
		Map<String, Object> line = new HashMap<>();
		line.put("wasteCode", code);
		line.put("wasteName", "废矿物油");
		line.put("generationT", 8);
		line.put("transferType", "WITHIN_PROVINCE");
		line.put("transferT", transferT);
		line.put("receiverLicenceId", receiver);
		return line;
	}

	static Map<String, Object> plan(int year, String reason, Map<String, Object>... lines) {
		Map<String, Object> plan = new HashMap<>();
		plan.put("year", year);
		plan.put("changeReason", reason);
		plan.put("lines", new ArrayList<>(List.of(lines)));
		return plan;
	}

	int plans(long site) {
		return this.jdbc.sql("SELECT count(*) FROM waste.management_plan WHERE site_id = :s")
			.param("s", site)
			.query(Integer.class)
			.single();
	}

	@Test
	void filesAPlanThenChangesItKeepingTheOldVersion() {
		long site = WasteClassApiTests.site(this.api);
		long receiver = licence("2024-01-01", "2029-12-31");
		JsonNode first = this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, receiver)), 201);
		assertThat(first.get("filingNumber").asString()).matches("GL1501052026\\d{5}");
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("managementClass").asString()).isEqualTo("REGISTERED");
		assertThat(first.get("late").asBoolean()).isFalse();
		assertThat(first.get("lines").get(0).get("receiverName").asString()).startsWith("处置测试有限公司");

		JsonNode noReason = this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, receiver)), 400);
		assertThat(noReason.get("field").asString()).isEqualTo("changeReason");
		JsonNode second = this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, "新增废活性炭", line("900-249-08", 5, receiver), line("900-041-49", 2, receiver)), 201);
		assertThat(second.get("version").asInt()).isEqualTo(2);
		assertThat(second.get("filingNumber").asString()).isEqualTo(first.get("filingNumber").asString() + "-2");
		assertThat(second.get("changeReason").asString()).isEqualTo("新增废活性炭");

		JsonNode all = this.api.expect("hohhot-leader", "GET", "/api/waste/sites/" + site + "/plans", null, 200);
		assertThat(all).hasSize(2);
		assertThat(all.get(0).get("latest").asBoolean()).isTrue();
		assertThat(all.get(1).get("latest").asBoolean()).isFalse();
		JsonNode old = this.api.expect("hohhot-leader", "GET", "/api/waste/plans/" + first.get("id").asLong(), null,
				200);
		assertThat(old.get("lines")).hasSize(1);
		this.api.expect("ordos-leader", "GET", "/api/waste/plans/" + first.get("id").asLong(), null, 403);

		JsonNode late = this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2025, null, line("900-249-08", 0, null)), 201);
		assertThat(late.get("late").asBoolean()).as("filed on 2025-11-20, after 31 March").isTrue();
	}

	@Test
	void refusesBadLinesNamingTheLineAndWritesNothing() {
		long site = WasteClassApiTests.site(this.api);
		long receiver = licence("2024-01-01", "2029-12-31");
		long expired = licence("2021-01-01", "2022-12-31");
		JsonNode unknown = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, receiver), line("900-998-49", 0, null)), 400);
		assertThat(unknown.get("field").asString()).isEqualTo("lines[1].wasteCode");
		assertThat(unknown.get("detail").asString()).startsWith("Line 2:").contains("900-998-49 is not listed");
		JsonNode notCovered = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("841-001-01", 5, receiver)), 400);
		assertThat(notCovered.get("field").asString()).isEqualTo("lines[0].receiverLicenceId");
		assertThat(notCovered.get("detail").asString()).contains("does not permit waste code 841-001-01");
		JsonNode outOfDate = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, expired)), 400);
		assertThat(outOfDate.get("detail").asString()).contains("is not valid in 2026");
		JsonNode noReceiver = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, null)), 400);
		assertThat(noReceiver.get("field").asString()).isEqualTo("lines[0].receiverLicenceId");
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", plan(2026, null), 400)
			.get("field")
			.asString()).isEqualTo("lines");
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
					plan(2027, null, line("900-249-08", 0, null)), 400)
			.get("field")
			.asString()).isEqualTo("year");
		assertThat(plans(site)).isZero();
		this.api.expect("hohhot-leader", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 0, null)), 403);
		this.api.expect("ordos-reviewer", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 0, null)), 403);
		assertThat(plans(site)).isZero();
	}

	@Test
	void aKeySupervisionPlanNeedsFacilitiesReductionMeasuresStorageAndOwnTreatment() {
		long site = WasteClassApiTests.site(this.api);
		this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2026",
				Map.of("managementClass", "KEY", "note", "市局确定"), 200);
		Map<String, Object> plan = plan(2026, null, line("900-249-08", 0, null));
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", plan, 400)
			.get("field")
			.asString()).isEqualTo("facilities");
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "TS001", "name", "贮存库", "kind", "STORAGE", "capacityTonnes", 30), 201);
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", plan, 400)
			.get("field")
			.asString()).isEqualTo("reductionMeasures");
		plan.put("reductionMeasures", "改进清洗工艺，减少废矿物油产生");
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", plan, 400)
			.get("field")
			.asString()).isEqualTo("lines[0].storageT");
		Map<String, Object> line = line("900-249-08", 0, null);
		line.put("storageT", 1);
		Map<String, Object> complete = plan(2026, null, line);
		complete.put("reductionMeasures", "改进清洗工艺");
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", complete, 400)
			.get("field")
			.asString()).isEqualTo("lines[0].ownTreatmentT");
		line.put("ownTreatmentT", 0);
		JsonNode filed = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans", complete, 201);
		assertThat(filed.get("managementClass").asString()).isEqualTo("KEY");
		assertThat(filed.get("reductionMeasures").asString()).isEqualTo("改进清洗工艺");
	}

	@Test
	void checksATransferAgainstTheLatestFiledPlan() {
		long site = WasteClassApiTests.site(this.api);
		long receiver = licence("2024-01-01", "2029-12-31");
		long other = licence("2024-01-01", "2029-12-31");
		LocalDate day = LocalDate.of(2026, 5, 10);
		assertThat(this.filed.check(site, "900-249-08", day, receiver)).get()
			.satisfies(m -> assertThat(m.en()).contains("filed no hazardous waste management plan for 2026"));
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 5, receiver)), 201);
		assertThat(this.filed.check(site, "900-249-08", day, receiver)).isEmpty();
		assertThat(this.filed.check(site, "900-249-08", day, null)).isEmpty();
		assertThat(this.filed.check(site, "900-041-49", day, receiver)).get()
			.satisfies(m -> assertThat(m.zh()).contains("未列明危险废物 900-041-49"));
		assertThat(this.filed.check(site, "900-249-08", day, other)).get()
			.satisfies(m -> assertThat(m.en()).contains("not this receiver"));
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, "改由另一家处置", line("900-249-08", 5, other)), 201);
		assertThat(this.filed.check(site, "900-249-08", day, other)).as("the latest version decides").isEmpty();
		assertThat(this.filed.check(site, "900-249-08", day, receiver)).isPresent();
	}

	@Test
	void anEnterpriseMemberFilesItsOwnSitesPlans() {
		long site = WasteClassApiTests.site(this.api);
		long enterprise = this.api.expect("admin", "GET", "/api/waste/sites/" + site, null, 200)
			.get("enterpriseId")
			.asLong();
		String user = "plan-" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long bureau = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
		this.api.expect(
				"admin", "POST", "/api/accounts", Map.of("username", user, "displayName", "企业", "password",
						Api.DEMO_PASSWORD, "organisationId", bureau, "roles", List.of("ENTERPRISE"), "enabled", true),
				201);
		this.api.expect(user, "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 0, null)), 403);
		this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/members", Map.of("username", user),
				201);
		JsonNode filed = this.api.expect(user, "POST", "/api/waste/sites/" + site + "/plans",
				plan(2026, null, line("900-249-08", 0, null)), 201);
		assertThat(filed.get("filedBy").asString()).isEqualTo(user);
	}

}
