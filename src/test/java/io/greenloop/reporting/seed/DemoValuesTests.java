package io.greenloop.reporting.seed;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The demonstration values of the demo profile (the tests' profile, as for
 * {@code spring-boot:run}) as a newcomer meets them: 2021–2024 values for the targets of
 * Hohhot and the autonomous region, always the same, plausible, marked DEMO in the API
 * and 演示数据 on the page, evaluated into a mix of statuses; made once; and a real value of
 * the same target, region and year supersedes them, in reporting and in evaluation alike.
 * The tests that import real values use targets no other demonstration test reads.
 */
@GreenloopTest
class DemoValuesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoValues demoValues;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void hohhotAndTheRegionHaveDemonstrationValuesFor2021To2024() {
		Map<String, Integer> atLeast = Map.of("150000", 140, "150100", 45);
		for (String region : DemoValues.REGIONS) {
			for (int year = 2021; year <= 2024; year++) {
				List<JsonNode> values = demoValues(region, String.valueOf(year));
				assertThat(values).as(region + " " + year).hasSizeGreaterThanOrEqualTo(atLeast.get(region));
				assertThat(values).allSatisfy(value -> {
					assertThat(value.get("regionCode").asString()).isEqualTo(region);
					assertThat(value.get("approvedBy").asString()).isEqualTo("demo");
					assertThat(value.get("revision").asInt()).isEqualTo(1);
				});
			}
		}
	}

	@Test
	void theFiguresAreAlwaysTheSame() {
		assertThat(figures("003-T01", "150100")).as("一般工业固体废物产生强度, 2.17 → 1.82 吨/万元")
			.isEqualTo(Map.of("2021", new BigDecimal("2.09"), "2022", new BigDecimal("2.01"), "2023",
					new BigDecimal("1.93"), "2024", new BigDecimal("1.86")));
		assertThat(figures("004-T07", "150000")).as("单位国内生产总值能源消耗降低 15.5%, compound from 2020")
			.isEqualTo(Map.of("2021", new BigDecimal("1.69"), "2022", new BigDecimal("2.73"), "2023",
					new BigDecimal("4.26"), "2024", new BigDecimal("5.87")));
	}

	@Test
	void theFiguresArePlausible() {
		Map<String, Map<String, BigDecimal>> byTarget = new HashMap<>();
		for (String region : DemoValues.REGIONS) {
			for (JsonNode value : demoValues(region, null)) {
				byTarget.computeIfAbsent(value.get("itemCode").asString(), code -> new TreeMap<>())
					.put(value.get("periodCode").asString(), value.get("value").decimalValue());
			}
		}
		int moving = 0;
		for (Map.Entry<String, Map<String, BigDecimal>> entry : byTarget.entrySet()) {
			IndicatorView target = this.catalogue.indicator(entry.getKey()).orElseThrow();
			assertThat(target.target().comparator().name()).isNotIn("MILESTONE", "ASSIGNED");
			if ("%".equals(target.unit())) {
				assertThat(entry.getValue().values()).as(target.code())
					.allSatisfy(v -> assertThat(v).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
			}
			BigDecimal first = entry.getValue().get("2021");
			BigDecimal last = entry.getValue().get("2024");
			if (first != null && last != null && first.compareTo(last) != 0 && !heldFromTheBaseline(target)) {
				int sign = target.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
				assertThat(sign * last.compareTo(first)).as(target.code() + " " + entry.getValue()).isPositive();
				moving++;
			}
		}
		assertThat(moving).isGreaterThan(100);
	}

	@Test
	void evaluationShowsAMixOfStatusesFromTheDemonstrationValues() {
		JsonNode results = this.api.expect("hohhot-leader", "GET", "/api/evaluation?region=150100&year=2024", null,
				200);
		Map<String, Integer> statuses = new TreeMap<>();
		Set<String> sources = new TreeSet<>();
		results.forEach(row -> {
			statuses.merge(row.get("status").asString(), 1, Integer::sum);
			if (row.has("valueSource")) {
				sources.add(row.get("valueSource").asString().split(" ")[0]);
			}
		});
		assertThat(statuses).containsKeys("ACHIEVED", "ON_TRACK", "LAGGING", "SERIOUSLY_LAGGING");
		assertThat(statuses.get("NO_DATA")).isLessThan(results.size() / 2);
		assertThat(sources).contains("DEMO");
	}

	@Test
	void theValuesPageMarksDemonstrationValues() throws Exception {
		String page = this.mvc.get()
			.uri("/values?region=150100&period=2022")
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("gl-badge-demo", "演示数据", "id=\"demo-note\"");
	}

	@Test
	void theEvaluationPagesMarkDemonstrationValues() throws Exception {
		String overview = this.mvc.get()
			.uri("/evaluation?plan=003&region=150100&year=2022")
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overview).contains("gl-badge-demo", "演示数据");
		String target = this.mvc.get()
			.uri("/evaluation/003-T01?region=150100")
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(target).contains("id=\"value-sources\"", "gl-badge-demo");
	}

	@Test
	void theExportMarksDemonstrationValues() throws Exception {
		byte[] export = this.mvc.get()
			.uri("/api/values/export?region=150100&period=2022")
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		int marked = 0;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					marked += cell.getCellType() == CellType.STRING && "演示数据 DEMO".equals(cell.getStringCellValue()) ? 1
							: 0;
				}
			}
		}
		assertThat(marked).isEqualTo(demoValues("150100", "2022").size()).isPositive();
	}

	@Test
	void aSecondStartAddsNothing() throws Exception {
		long before = demoCount();
		this.demoValues.run(null);
		assertThat(demoCount()).isEqualTo(before).isPositive();
	}

	@Test
	void aRealValueOfTheSamePeriodSupersedesTheDemonstrationValue() {
		importValues(ValuesWorkbook.row("003-T14", "150100", "2024", 58.2, "%", "真实数据"));
		JsonNode value = this.api.expect("admin", "GET", "/api/values?item=003-T14&region=150100&period=2024", null,
				200);
		assertThat(value).hasSize(1);
		assertThat(value.get(0).get("source").asString()).isEqualTo("IMPORT");
		assertThat(value.get(0).get("revision").asInt()).isEqualTo(2);
		assertThat(value.get(0).get("value").decimalValue()).isEqualByComparingTo("58.2");
		JsonNode evaluated = evaluation("003-T14", 2024);
		assertThat(evaluated.get("valueSource").asString()).startsWith("IMPORT ");
		assertThat(evaluated.get("value").decimalValue()).isEqualByComparingTo("58.2");
	}

	@Test
	void aRealQuarterSupersedesTheDemonstrationValueOfItsYear() {
		assertThat(demoValues("150100", "2023"))
			.anySatisfy(v -> assertThat(v.get("itemCode").asString()).isEqualTo("003-T13"));
		importValues(ValuesWorkbook.row("003-T13", "150100", "2023Q4", 88.5, "%", "真实数据"));
		assertThat(this.api.expect("admin", "GET", "/api/values?item=003-T13&region=150100&period=2023", null, 200))
			.as("the demonstration value of 2023 is gone")
			.isEmpty();
		assertThat(this.api.expect("admin", "GET", "/api/values/history?item=003-T13&region=150100&period=2023", null,
				200))
			.isEmpty();
		JsonNode evaluated = evaluation("003-T13", 2023);
		assertThat(evaluated.get("valueSource").asString()).startsWith("IMPORT ");
		assertThat(evaluated.get("value").decimalValue()).isEqualByComparingTo("88.5");
		assertThat(evaluation("003-T13", 2022).get("valueSource").asString()).as("other years keep theirs")
			.startsWith("DEMO ");
	}

	/**
	 * A target whose baseline already meets its figure, or that is only not to fall below
	 * it: its values hover around the baseline.
	 */
	private static boolean heldFromTheBaseline(IndicatorView target) {
		IndicatorView.Baseline base = target.baseline();
		if (target.measure() != Measure.LEVEL || base == null || base.value() == null || base.cumulative()) {
			return false;
		}
		if (target.target().value() == null) {
			return true;
		}
		int sign = target.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
		return sign * base.value().compareTo(target.target().value()) >= 0;
	}

	private Map<String, BigDecimal> figures(String code, String region) {
		Map<String, BigDecimal> figures = new TreeMap<>();
		for (JsonNode value : this.api.expect("admin", "GET", "/api/values?item=" + code + "&region=" + region, null,
				200)) {
			if ("DEMO".equals(value.get("source").asString())) {
				figures.put(value.get("periodCode").asString(), value.get("value").decimalValue());
			}
		}
		return figures;
	}

	private List<JsonNode> demoValues(String region, String period) {
		List<JsonNode> values = new ArrayList<>();
		this.api
			.expect("admin", "GET", "/api/values?region=" + region + (period == null ? "" : "&period=" + period), null,
					200)
			.forEach(value -> {
				if ("DEMO".equals(value.get("source").asString())
						&& region.equals(value.get("regionCode").asString())) {
					values.add(value);
				}
			});
		return values;
	}

	private long demoCount() {
		return this.jdbc.sql("SELECT count(*) FROM reporting.approved_value WHERE source = 'DEMO'")
			.query(Long.class)
			.single();
	}

	private void importValues(Object[]... rows) {
		this.api.expect(this.api.upload("admin", "/api/values/import", "values.xlsx", ValuesWorkbook.of(rows)), 200);
	}

	private JsonNode evaluation(String code, int year) {
		JsonNode rows = this.api.expect("admin", "GET",
				"/api/evaluation?target=" + code + "&region=150100&year=" + year, null, 200);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
