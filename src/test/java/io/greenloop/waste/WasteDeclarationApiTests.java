package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
 * Declarations (HJ 1259 §7) generated from the ledger by class, confirmed by the
 * enterprise, late when confirmed after the due date; the daily check turns the overdue
 * ones into warnings once. The clock stands at 2025-11-20.
 */
@GreenloopTest
class WasteDeclarationApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Declarations declarations;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	void record(long site, String stage, String at, String tonnes, String treatment) {
		this.jdbc.sql("""
				INSERT INTO waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
				    waste_name, quantity_t, treatment, handler, recorded_by, recorded_at)
				VALUES (:site, :stage, :batch, :at, 'HAZARDOUS', '900-249-08', '废矿物油', :t, :treatment, '张三',
				    'test', now())
				""")
			.param("site", site)
			.param("stage", stage)
			.param("batch", "D" + WasteRegistryApiTests.SERIAL.incrementAndGet())
			.param("at", OffsetDateTime.parse(at))
			.param("t", new BigDecimal(tonnes))
			.param("treatment", treatment)
			.update();
	}

	static JsonNode period(JsonNode declarations, String code) {
		return declarations.valueStream()
			.filter(d -> d.get("periodCode").asString().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no declaration " + code + " in " + declarations));
	}

	@Test
	void generatesFromTheLedgerByClassAndConfirmsLate() {
		long site = WasteClassApiTests.site(this.api);
		this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
				Map.of("managementClass", "KEY", "note", "重点监管名录"), 200);
		record(site, "GENERATED", "2025-09-20T09:00:00+08:00", "2", null);
		record(site, "STORED_IN", "2025-09-20T10:00:00+08:00", "2", null);
		record(site, "GENERATED", "2025-10-05T09:00:00+08:00", "3", null);
		record(site, "STORED_IN", "2025-10-05T10:00:00+08:00", "3", null);
		record(site, "STORED_OUT", "2025-10-20T10:00:00+08:00", "1.5", null);
		record(site, "OFF_SITE", "2025-10-20T11:00:00+08:00", "1", "UTILISATION");
		record(site, "OWN_TREATMENT", "2025-10-21T11:00:00+08:00", "0.5", "DISPOSAL");
		// 2025-10-31 17:00 UTC is 1 November in Beijing: not October's
		record(site, "GENERATED", "2025-10-31T17:00:00Z", "7", null);

		JsonNode generated = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/declarations?year=2025",
				null, 200);
		assertThat(generated.valueStream().map(d -> d.get("periodCode").asString()).toList()).hasSize(10)
			.contains("2025-01", "2025-10")
			.doesNotContain("2025-11", "2025");
		JsonNode october = period(generated, "2025-10");
		assertThat(october.get("kind").asString()).isEqualTo("MONTHLY");
		assertThat(october.get("dueOn").asString()).isEqualTo("2025-11-15");
		assertThat(october.get("overdue").asBoolean()).isTrue();
		JsonNode line = october.get("lines").get(0);
		assertThat(october.get("lines")).hasSize(1);
		assertThat(line.get("generatedT").decimalValue()).isEqualByComparingTo("3");
		assertThat(line.get("storedOpeningT").decimalValue()).isEqualByComparingTo("2");
		assertThat(line.get("storedClosingT").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(line.get("offSiteUtilisedT").decimalValue()).isEqualByComparingTo("1");
		assertThat(line.get("ownDisposedT").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(line.get("ownUtilisedT").decimalValue()).isEqualByComparingTo("0");
		assertThat(period(generated, "2025-08").get("lines")).isEmpty();

		long id = october.get("id").asLong();
		this.api.expect("hohhot-leader", "POST", "/api/waste/declarations/" + id + "/confirm", null, 403);
		JsonNode confirmed = this.api.expect("hohhot-reviewer", "POST", "/api/waste/declarations/" + id + "/confirm",
				null, 200);
		assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.get("late").asBoolean()).as("confirmed on 20 November, due by 15 November").isTrue();
		assertThat(confirmed.get("overdue").asBoolean()).isFalse();
		assertThat(confirmed.get("confirmedBy").asString()).isEqualTo("hohhot-reviewer");
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/declarations/" + id + "/confirm", null, 409);

		record(site, "GENERATED", "2025-10-06T09:00:00+08:00", "100", null);
		JsonNode again = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/declarations?year=2025", null,
				200);
		assertThat(period(again, "2025-10").get("lines").get(0).get("generatedT").decimalValue())
			.as("a confirmed declaration is frozen")
			.isEqualByComparingTo("3");
		this.api.expect("ordos-leader", "GET", "/api/waste/sites/" + site + "/declarations", null, 403);
		assertThat(this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/declarations?year=2026", null, 400)
			.get("field")
			.asString()).isEqualTo("year");
	}

	@Test
	void theDailyCheckRaisesAWarningOncePerOverdueDeclaration() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/class?year=2025",
				Map.of("managementClass", "SIMPLIFIED", "note", "简化管理"), 200);
		record(site, "GENERATED", "2024-05-01T09:00:00+08:00", "1", null);
		JsonNode generated = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/declarations?year=2025",
				null, 200);
		this.api.expect("admin", "POST",
				"/api/waste/declarations/" + period(generated, "2025-Q1").get("id").asLong() + "/confirm", null, 200);

		assertThat(this.declarations.checkOverdue()).isGreaterThanOrEqualTo(3);
		List<String> periods = this.jdbc.sql("""
				SELECT period_code FROM evaluation.warning
				WHERE kind = 'LATE_DECLARATION' AND target_code = :target AND state = 'OPEN' ORDER BY period_code
				""").param("target", "waste-site-" + site).query(String.class).list();
		// 2024 (登记, due 2025-03-31), 2025-Q2 (due 07-15), 2025-Q3 (due 10-15); Q1 is
		// confirmed
		assertThat(periods).containsExactly("2024", "2025-Q2", "2025-Q3");
		String message = this.jdbc.sql("""
				SELECT message_zh FROM evaluation.warning WHERE target_code = :target AND period_code = '2025-Q3'
				""").param("target", "waste-site-" + site).query(String.class).single();
		assertThat(message).contains("2025-Q3期危险废物申报截至2025-10-15未确认");

		this.declarations.checkOverdue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation.warning WHERE target_code = :target")
			.param("target", "waste-site-" + site)
			.query(Integer.class)
			.single()).as("announced once").isEqualTo(3);
		String page = this.api.page("admin", "/warnings")
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("/waste/sites/" + site + "/declarations");
	}

}
