package io.greenloop.waste;

import java.time.OffsetDateTime;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.waste.domain.ManagementClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's HJ 1259 §4.2 class computed from its ledger, shown with its reason, and
 * overridden.
 */
@GreenloopTest
class WasteClassApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManagementClasses classes;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	/** A site of a new enterprise in Saihan, operating since 2018. */
	static long site(Api api) {
		long enterprise = api
			.expect("admin", "POST", "/api/waste/enterprises",
					Map.of("creditCode", WasteRegistryApiTests.creditCode("150105"), "name",
							"分类测试有限公司" + WasteRegistryApiTests.SERIAL.get(), "regionCode", "150105"),
					201)
			.get("id")
			.asLong();
		JsonNode sites = api
			.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/sites",
					Map.of("name", "厂区", "regionCode", "150105", "industryCode", "C2614"), 201)
			.get("sites");
		long site = sites.get(0).get("id").asLong();
		api.expect("admin", "PUT", "/api/waste/sites/" + site, Map.of("operatingSince", "2018-01-01"), 200);
		return site;
	}

	/** A hazardous generation record of the ledger. */
	static void generated(JdbcClient jdbc, long site, String at, String tonnes, String code) {
		jdbc.sql("""
				INSERT INTO waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
				    waste_name, quantity_t, handler, recorded_by, recorded_at)
				VALUES (:site, 'GENERATED', :batch, :at, 'HAZARDOUS', :code, '废矿物油', :t, '张三', 'test', now())
				""")
			.param("site", site)
			.param("batch", "B" + WasteRegistryApiTests.SERIAL.incrementAndGet())
			.param("at", OffsetDateTime.parse(at))
			.param("code", code)
			.param("t", new java.math.BigDecimal(tonnes))
			.update();
	}

	@Test
	void computesTheClassFromTheLedgerInChinaTime() {
		long site = site(this.api);
		generated(this.jdbc, site, "2023-06-01T10:00:00+08:00", "6", "900-249-08");
		generated(this.jdbc, site, "2023-07-01T10:00:00+08:00", "5", "900-249-08");
		// 2022-12-31 17:00 UTC is 2023-01-01 01:00 in Beijing: counted in 2023
		generated(this.jdbc, site, "2022-12-31T17:00:00Z", "1", "900-249-08");
		generated(this.jdbc, site, "2024-03-01T10:00:00+08:00", "4", "900-249-08");
		JsonNode view = this.api.expect("hohhot-leader", "GET", "/api/waste/sites/" + site + "/class?year=2025", null,
				200);
		assertThat(view.get("managementClass").asString()).isEqualTo("SIMPLIFIED");
		assertThat(view.get("annualGenerationT").decimalValue()).isEqualByComparingTo("12");
		assertThat(view.get("reasonZh").asString()).contains("12 t", "§4.2.1 b)");
		assertThat(this.classes.classOf(site, 2025)).isEqualTo(ManagementClass.SIMPLIFIED);
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "FS1", "name", "焚烧炉", "kind", "DISPOSAL", "capacityTonnes", 3000), 201);
		JsonNode key = this.api.expect("hohhot-leader", "GET", "/api/waste/sites/" + site + "/class?year=2025", null,
				200);
		assertThat(key.get("managementClass").asString()).isEqualTo("KEY");
		assertThat(key.get("reasonEn").asString()).contains("own utilisation or disposal facility");
		this.api.expect("ordos-leader", "GET", "/api/waste/sites/" + site + "/class?year=2025", null, 403);
	}

	@Test
	void anAdministratorOverridesWithANoteAndRemovesTheOverride() {
		long site = site(this.api);
		this.api.expect("hohhot-reviewer", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
				Map.of("managementClass", "KEY", "note", "市局确定"), 403);
		assertThat(this.api
			.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025", Map.of("managementClass", "KEY"),
					400)
			.get("field")
			.asString()).isEqualTo("note");
		assertThat(this.api
			.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
					Map.of("managementClass", "TOP", "note", "x"), 400)
			.get("field")
			.asString()).isEqualTo("managementClass");
		JsonNode overridden = this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
				Map.of("managementClass", "KEY", "note", "呼和浩特市生态环境局按地方规定确定为重点监管"), 200);
		assertThat(overridden.get("managementClass").asString()).isEqualTo("KEY");
		assertThat(overridden.get("computedClass").asString()).isEqualTo("REGISTERED");
		assertThat(overridden.get("override").get("note").asString()).contains("地方规定");
		assertThat(overridden.get("override").get("decidedBy").asString()).isEqualTo("admin");
		assertThat(this.classes.classOf(site, 2025)).isEqualTo(ManagementClass.KEY);
		assertThat(this.classes.classOf(site, 2024)).isEqualTo(ManagementClass.REGISTERED);
		JsonNode back = this.api.expect("admin", "DELETE", "/api/waste/sites/" + site + "/class?year=2025", null, 200);
		assertThat(back.get("managementClass").asString()).isEqualTo("REGISTERED");
		assertThat(back.get("override").isNull()).isTrue();
		this.api.expect("admin", "GET", "/api/waste/sites/999999/class?year=2025", null, 404);
		assertThat(this.api.expect("admin", "GET", "/api/waste/sites/" + site + "/class?year=1999", null, 400)
			.get("field")
			.asString()).isEqualTo("year");
	}

	@Test
	void theEnterprisePageShowsEachSiteWithItsClassReasonFacilitiesAndContacts() throws Exception {
		long site = site(this.api);
		long enterprise = this.api.expect("admin", "GET", "/api/waste/sites/" + site, null, 200)
			.get("enterpriseId")
			.asLong();
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "TS009", "name", "危废暂存间", "kind", "STORAGE", "capacityTonnes", 20), 201);
		this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/contacts",
				Map.of("role", "LEDGER", "name", "赵台账", "email", "ledger@example.cn"), 201);
		this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
				Map.of("managementClass", "SIMPLIFIED", "note", "旗县局核定"), 200);
		String zh = this.api.page("hohhot-leader", "/waste/enterprises/" + enterprise)
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(zh).contains("2025 年各生产场所", "简化管理单位", "由 admin 调整（计算结果：登记管理单位）", "旗县局核定", "TS009", "贮存设施", "赵台账",
				"台账负责人", "危险废物年产生量 0 t", "2018-01-01", "/waste/sites/" + site + "/plans");
		assertThat(zh).doesNotContain("set-class");
		assertThat(this.api.page("admin", "/waste/enterprises/" + enterprise)
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("set-class", "调整管理类别");
		var back = this.mvc.post()
			.uri("/waste/sites/" + site + "/class?year=2025")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("admin", Api.ADMIN_PASSWORD))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("managementClass", "")
			.exchange();
		assertThat(back).hasStatus3xxRedirection();
		assertThat(this.classes.classOf(site, 2025)).as("back to the computed class")
			.isEqualTo(ManagementClass.REGISTERED);
		String en = this.api.page("hohhot-leader", "/waste/enterprises/" + enterprise + "?year=2024&lang=en")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(en).contains("Production sites in 2024", "Registration management", "Ledger keeper",
				"the largest of the last three years (2021–2023");
	}

}
