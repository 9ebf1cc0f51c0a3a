package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.ApprovedValue;
import io.greenloop.reporting.ComputedValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Balances, checks, flows and indicators computed from a small ledger whose every number
 * is worked out by hand in the comments: a producer in 阿拉善盟 (a chemical plant, GB/T 4754
 * C2614) that generates, stores, uses, disposes of and sends hazardous waste and fly ash,
 * and the licensed operator that receives part of it.
 */
@GreenloopTest
class BalanceTests {

	static final String ALXA = "152900";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComputedValues computed;

	@Autowired
	Clock clock;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	long enterprise(String region, String name) {
		return this.api.expect("admin", "POST", "/api/waste/enterprises",
				Map.of("creditCode", WasteRegistryApiTests.creditCode(region), "name",
						name + WasteRegistryApiTests.SERIAL.get(), "regionCode", region),
				201)
			.get("id")
			.asLong();
	}

	long site(long enterprise, String region, String industry) {
		JsonNode sites = this.api
			.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/sites",
					Map.of("name", "厂区" + WasteRegistryApiTests.SERIAL.incrementAndGet(), "address", "工业园区",
							"regionCode", region, "industryCode", industry),
					201)
			.get("sites");
		return sites.get(sites.size() - 1).get("id").asLong();
	}

	/**
	 * A ledger record, written as a trusted load would: the checks under test read any
	 * ledger.
	 */
	void record(long site, String stage, String batch, String at, String kind, String code, String tonnes,
			String source, String treatment, String method, String licence, String manifest) {
		this.jdbc.sql("""
				INSERT INTO waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
				    waste_name, quantity_t, handler, source_batch_code, treatment, method, receiver_licence_number,
				    manifest_number, recorded_by, recorded_at)
				VALUES (:site, :stage, :batch, :at, :kind, :code, '测试废物', :q, '张三', :source, :treatment, :method,
				    :licence, :manifest, 'test', :recorded)""")
			.param("site", site)
			.param("stage", stage)
			.param("batch", batch)
			.param("at", LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
			.param("kind", kind)
			.param("code", code)
			.param("q", new BigDecimal(tonnes))
			.param("source", source)
			.param("treatment", treatment)
			.param("method", method)
			.param("licence", licence)
			.param("manifest", manifest)
			.param("recorded", OffsetDateTime.now(this.clock))
			.update();
	}

	void hw(long site, String stage, String batch, String at, String tonnes, String source, String treatment,
			String method, String licence, String manifest) {
		record(site, stage, batch, at, "HAZARDOUS", "900-041-49", tonnes, source, treatment, method, licence, manifest);
	}

	@Test
	void computesBalancesFlagsFlowsAndIndicatorsFromTheLedger() {
		long producer = site(enterprise(ALXA, "阿拉善化工有限公司"), "152921", "C2614");
		long operatorEnterprise = enterprise(ALXA, "阿拉善危废处置有限公司");
		long operator = site(operatorEnterprise, "152921", "N7724");
		String licence = "阿危经" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		this.api.expect("admin", "POST", "/api/waste/licences",
				Map.of("enterpriseId", operatorEnterprise, "number", licence, "validFrom", "2023-01-01", "validTo",
						"2027-12-31", "wasteCodes", List.of("900-041-49"), "activities",
						List.of("STORAGE", "UTILISATION", "DISPOSAL"), "annualCapacityTonnes", 8),
				201);
		String m1 = "20241529" + "%06d".formatted(WasteRegistryApiTests.SERIAL.incrementAndGet());
		String m3 = "20241529" + "%06d".formatted(WasteRegistryApiTests.SERIAL.incrementAndGet());
		// 4 t generated and stored in 2023: the opening stock
		hw(producer, "GENERATED", "G0", "2023-12-20T10:00", "4", null, null, null, null, null);
		hw(producer, "STORED_IN", "I0", "2023-12-21T10:00", "4", "G0", null, null, null, null);
		// 2024: 17 t generated (G1 10, G2 5, G3 2 that goes nowhere)
		hw(producer, "GENERATED", "G1", "2024-03-01T10:00", "10", null, null, null, null, null);
		hw(producer, "GENERATED", "G2", "2024-05-01T10:00", "5", null, null, null, null, null);
		hw(producer, "GENERATED", "G3", "2024-06-01T10:00", "2", null, null, null, null, null);
		// last year's 4 t out of storage and used on site: utilised 4, of which from
		// earlier years 4
		hw(producer, "STORED_OUT", "O0", "2024-02-01T10:00", "4", "I0", null, null, null, null);
		hw(producer, "OWN_TREATMENT", "T0", "2024-02-02T10:00", "4", "O0", "UTILISATION", "R4", null, null);
		// G1 stored; 6 t sent to landfill with manifest m1, 4 t sent for utilisation with
		// m3 (never received)
		hw(producer, "STORED_IN", "I1", "2024-03-02T10:00", "10", "G1", null, null, null, null);
		hw(producer, "STORED_OUT", "O1", "2024-04-01T10:00", "6", "I1", null, null, null, null);
		hw(producer, "OFF_SITE", "W1", "2024-04-02T10:00", "6", "O1", "DISPOSAL", "D1", licence, m1);
		hw(producer, "STORED_OUT", "O2", "2024-07-01T10:00", "4", "I1", null, null, null, null);
		hw(producer, "OFF_SITE", "W3", "2024-07-02T10:00", "4", "O2", "UTILISATION", "R4", licence, m3);
		// 1 t sent for incineration without a manifest
		hw(producer, "GENERATED", "X1", "2024-08-01T10:00", "1", null, null, null, null, null);
		hw(producer, "OFF_SITE", "X2", "2024-08-02T10:00", "1", "X1", "DISPOSAL", "D10", licence, null);
		// G2 incinerated on site
		hw(producer, "OWN_TREATMENT", "T2", "2024-05-02T10:00", "5", "G2", "DISPOSAL", "D10", null, null);
		// the operator receives m1 and landfills it: received waste, not its own
		hw(operator, "STORED_IN", "R1", "2024-04-03T10:00", "6", null, null, null, null, m1);
		hw(operator, "STORED_OUT", "RO1", "2024-04-10T10:00", "6", "R1", null, null, null, null);
		hw(operator, "OWN_TREATMENT", "RT1", "2024-04-11T10:00", "6", "RO1", "DISPOSAL", "D1", null, null);
		// fly ash: 100 t, 60 t used at once, 40 t stored
		record(producer, "GENERATED", "F1", "2024-03-01T10:00", "GENERAL", "FLY_ASH", "100", null, null, null, null,
				null);
		record(producer, "OWN_TREATMENT", "FT1", "2024-03-02T10:00", "GENERAL", "FLY_ASH", "60", "F1", "UTILISATION",
				"R5", null, null);
		record(producer, "STORED_IN", "FI1", "2024-03-02T11:00", "GENERAL", "FLY_ASH", "40", "F1", null, null, null,
				null);
		this.computed.record("industrial-value-added", ALXA, "2024", new BigDecimal("50"), "亿元", "测试数据", "test");
		// the producer confirmed a 2024 declaration of 15 t generated; the ledger says 18
		// t
		long declaration = this.jdbc
			.sql("""
					INSERT INTO waste.declaration (site_id, kind, period_code, year, starts_on, ends_on, due_on,
					    management_class, state, generated_at, confirmed_by, confirmed_at)
					VALUES (:site, 'ANNUAL', '2024', 2024, DATE '2024-01-01', DATE '2024-12-31', DATE '2025-03-31', 'SIMPLIFIED',
					    'CONFIRMED', now(), 'test', now()) RETURNING id""")
			.param("site", producer)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO waste.declaration_line (declaration_id, waste_code, waste_name, generated_t, own_utilised_t,
				    own_disposed_t, off_site_utilised_t, off_site_disposed_t, stored_opening_t, stored_closing_t)
				VALUES (:d, '900-041-49', '测试废物', 15, 4, 5, 4, 7, 4, 0)""").param("d", declaration).update();

		JsonNode run = this.api.expect("admin", "POST", "/api/waste/balances/recompute?year=2024", null, 200);
		assertThat(run.get("runs").get(0).get("year").asInt()).isEqualTo(2024);

		JsonNode balances = this.api.expect("admin", "GET", "/api/waste/balances?region=" + ALXA + "&year=2024", null,
				200);
		JsonNode hw = find(balances, producer, "900-041-49");
		assertThat(decimal(hw, "generated")).isEqualByComparingTo("18");
		assertThat(decimal(hw, "ownUtilised")).isEqualByComparingTo("4");
		assertThat(decimal(hw, "priorUtilised")).isEqualByComparingTo("4");
		assertThat(decimal(hw, "ownDisposed")).isEqualByComparingTo("5");
		assertThat(decimal(hw, "offsiteUtilised")).isEqualByComparingTo("4");
		assertThat(decimal(hw, "offsiteDisposed")).isEqualByComparingTo("7");
		assertThat(decimal(hw, "landfilled")).isEqualByComparingTo("6");
		assertThat(decimal(hw, "ownOpening")).isEqualByComparingTo("4");
		assertThat(decimal(hw, "ownClosing")).isEqualByComparingTo("0");
		JsonNode received = find(balances, operator, "900-041-49");
		assertThat(decimal(received, "received")).isEqualByComparingTo("6");
		assertThat(decimal(received, "treatedReceived")).isEqualByComparingTo("6");
		assertThat(decimal(received, "landfilled")).isEqualByComparingTo("0");
		assertThat(decimal(received, "generated")).isEqualByComparingTo("0");

		// 18 generated − 8 utilised − 12 disposed − (0 − 4) stock = 2 t unexplained: G3
		JsonNode flags = this.api.expect("region-reviewer", "GET",
				"/api/waste/balance-flags?region=" + ALXA + "&year=2024", null, 200);
		assertThat(kinds(flags)).containsExactlyInAnyOrder("UNBALANCED", "GENERATED_UNTRACKED", "SENT_NOT_RECEIVED",
				"SENT_WITHOUT_MANIFEST", "RECEIVER_OVER_CAPACITY", "DECLARED_DIFFERS");
		assertThat(decimal(flag(flags, "DECLARED_DIFFERS"), "quantity")).isEqualByComparingTo("3");
		assertThat(flag(flags, "SENT_WITHOUT_MANIFEST").get("messageZh").asString()).startsWith("1条").contains("X2");
		assertThat(flag(flags, "GENERATED_UNTRACKED").get("batchCode").asString()).isEqualTo("G3");
		assertThat(flag(flags, "SENT_NOT_RECEIVED").get("messageZh").asString()).contains(m3);
		assertThat(decimal(flag(flags, "RECEIVER_OVER_CAPACITY"), "quantity")).isEqualByComparingTo("11");
		assertThat(decimal(flag(flags, "UNBALANCED"), "quantity")).isEqualByComparingTo("2");

		JsonNode flows = this.api.expect("admin", "GET", "/api/waste/flows?region=" + ALXA + "&year=2024", null, 200);
		assertThat(link(flows, "C 制造业", "填埋")).isEqualByComparingTo("6");
		assertThat(link(flows, "C 制造业", "处置（填埋除外）")).isEqualByComparingTo("6");
		assertThat(link(flows, "往年贮存", "C 制造业")).isEqualByComparingTo("4");
		assertThat(link(flows, "C 制造业", "去向不明")).isEqualByComparingTo("2");
		assertThat(decimal(flows, "generated")).isEqualByComparingTo("18");

		JsonNode indicators = this.api.expect("admin", "GET", "/api/waste/indicators?region=" + ALXA + "&year=2024",
				null, 200);
		// 8 / (18 + 4) × 100; 60 / 100 × 100; 100 t / 500,000 万元; 18,000 kg / 500,000 万元
		assertThat(value(indicators, "HW_UTILISATION_RATE")).isEqualByComparingTo("36.36");
		assertThat(value(indicators, "ISW_UTILISATION_RATE")).isEqualByComparingTo("60.00");
		assertThat(value(indicators, "ISW_GENERATION_INTENSITY")).isEqualByComparingTo("0.0002");
		assertThat(value(indicators, "HW_GENERATION_INTENSITY")).isEqualByComparingTo("0.0360");
		assertThat(value(indicators, "HW_LANDFILL")).isEqualByComparingTo("6");
		assertThat(value(indicators, "ISW_STORAGE_DISPOSAL")).isEqualByComparingTo("40");

		// the page shows the same
		assertThat(this.api.page("region-reviewer", "/waste/balances?region=" + ALXA + "&year=2024")).bodyText()
			.contains("36.36 %", "阿拉善化工有限公司", "flows-data", "产生批次G3");
		// outside the caller's scope
		this.api.expect("hohhot-leader", "GET", "/api/waste/balances?region=" + ALXA + "&year=2024", null, 403);
	}

	@Test
	void publishesTheUtilisationRateOfHohhotAsAComputedValueOfItsTarget() {
		long site = site(enterprise("150100", "呼和浩特热电有限公司"), "150102", "D4411");
		record(site, "GENERATED", "HF1", "2022-05-01T10:00", "GENERAL", "FLY_ASH", "200", null, null, null, null, null);
		record(site, "OWN_TREATMENT", "HT1", "2022-05-02T10:00", "GENERAL", "FLY_ASH", "150", "HF1", "UTILISATION",
				"R5", null, null);
		record(site, "STORED_IN", "HI1", "2022-05-02T11:00", "GENERAL", "FLY_ASH", "50", "HF1", null, null, null, null);
		this.api.expect("region-reviewer", "POST", "/api/waste/balances/recompute?year=2022", null, 200);

		BigDecimal expected = this.api
			.expect("admin", "GET", "/api/waste/indicators?region=150100&year=2022", null, 200)
			.valueStream()
			.filter(v -> v.get("kind").asString().equals("ISW_UTILISATION_RATE"))
			.map(v -> new BigDecimal(v.get("value").asString()))
			.findFirst()
			.orElseThrow();
		ApprovedValue value = this.computed.current("003-T14", "150100", "2022").orElseThrow();
		assertThat(value.source()).isEqualTo(ComputedValues.SOURCE);
		assertThat(value.value()).isEqualByComparingTo(expected);
		assertThat(value.note()).contains("综合利用量", "台账");
		int revisions = this.computed.revisions("003-T14", "150100", "2022").size();

		// nothing changed: no new revision
		this.api.expect("admin", "POST", "/api/waste/balances/recompute?year=2022", null, 200);
		assertThat(this.computed.revisions("003-T14", "150100", "2022")).hasSize(revisions);
		// reporters may not recompute
		this.api.expect("hohhot-reporter", "POST", "/api/waste/balances/recompute?year=2022", null, 403);
	}

	static JsonNode find(JsonNode balances, long site, String code) {
		return balances.valueStream()
			.filter(b -> b.get("siteId").asLong() == site && b.get("wasteCode").asString().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no balance of " + code + " at site " + site + ": " + balances));
	}

	static BigDecimal decimal(JsonNode node, String field) {
		return new BigDecimal(node.get(field).asString());
	}

	@Test
	void flagsAWasteTheLedgerHasButAConfirmedDeclarationDoesNotList() {
		String region = "152202";
		long site = site(enterprise(region, "阿尔山化工有限公司"), region, "C2614");
		hw(site, "GENERATED", "G1", "2023-05-01T10:00", "3", null, null, null, null, null);
		record(site, "GENERATED", "G2", "2023-06-01T10:00", "HAZARDOUS", "900-249-08", "2", null, null, null, null,
				null);
		record(site, "GENERATED", "G3", "2023-06-02T10:00", "HAZARDOUS", "900-249-08", "0.5", null, null, null, null,
				null);
		long declaration = this.jdbc.sql("""
				INSERT INTO waste.declaration (site_id, kind, period_code, year, starts_on, ends_on, due_on,
				    management_class, state, generated_at, confirmed_by, confirmed_at)
				VALUES (:site, 'ANNUAL', '2023', 2023, DATE '2023-01-01', DATE '2023-12-31', DATE '2024-03-31',
				    'REGISTERED', 'CONFIRMED', now(), 'test', now()) RETURNING id""")
			.param("site", site)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO waste.declaration_line (declaration_id, waste_code, waste_name, generated_t, own_utilised_t,
				    own_disposed_t, off_site_utilised_t, off_site_disposed_t, stored_opening_t, stored_closing_t)
				VALUES (:d, '900-041-49', '测试废物', 3, 0, 0, 0, 0, 0, 0)""").param("d", declaration).update();

		this.api.expect("admin", "POST", "/api/waste/balances/recompute?year=2023", null, 200);

		JsonNode flags = this.api.expect("admin", "GET", "/api/waste/balance-flags?region=" + region + "&year=2023",
				null, 200);
		List<JsonNode> differs = new java.util.ArrayList<>();
		flags.forEach(flag -> {
			if ("DECLARED_DIFFERS".equals(flag.get("kind").asString())) {
				differs.add(flag);
			}
		});
		assertThat(differs).as("900-041-49 is declared as recorded; 900-249-08 is not declared")
			.singleElement()
			.satisfies(flag -> {
				assertThat(flag.get("wasteCode").asString()).isEqualTo("900-249-08");
				assertThat(decimal(flag, "quantity")).isEqualByComparingTo("2.5");
				assertThat(flag.get("messageZh").asString()).isEqualTo("2023申报（ANNUAL）未列900-249-08，台账记有产生2.5000吨");
			});
	}

	static List<String> kinds(JsonNode flags) {
		return flags.valueStream().map(f -> f.get("kind").asString()).toList();
	}

	static JsonNode flag(JsonNode flags, String kind) {
		return flags.valueStream().filter(f -> f.get("kind").asString().equals(kind)).findFirst().orElseThrow();
	}

	static BigDecimal link(JsonNode flows, String source, String target) {
		return flows.get("links")
			.valueStream()
			.filter(l -> l.get("source").asString().equals(source) && l.get("target").asString().equals(target))
			.map(l -> decimal(l, "value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link " + source + " → " + target + ": " + flows));
	}

	static BigDecimal value(JsonNode indicators, String kind) {
		return indicators.valueStream()
			.filter(v -> v.get("kind").asString().equals(kind))
			.map(v -> decimal(v, "value"))
			.findFirst()
			.orElseThrow();
	}

}
