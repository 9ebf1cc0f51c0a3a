package io.greenloop.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.ValuesWorkbook;
import io.greenloop.GreenloopTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The administrator's bulk import of approved values (编号, 地区, 期间, 值, 单位, 备注): a good
 * workbook approves every row as revision 1 of an IMPORT; importing the same keys again
 * makes revision 2 and keeps both in the history; one bad row refuses the whole file
 * naming every problem by row, field and rule; only administrators import; the export
 * holds exactly the values of its filter, all of them. Each test uses its own year in
 * Baotou (包头市, 150200) or Wuhai (乌海市, 150300), which no other test reports.
 */
@GreenloopTest
class ValueImportTests {

	static final String BAOTOU = "150200";

	static final String WUHAI = "150300";

	/** A target in percent whose measure is a level: PERCENT_RANGE applies to it. */
	static final String PERCENT_ITEM = "003-T24";

	static final Object[] HEADER = ValuesWorkbook.HEADER;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@Autowired
	void api(MockMvcTester mvc) {
		this.api = new Api(mvc);
	}

	@Test
	void aValidWorkbookApprovesEveryRowAsTheFirstRevisionOfAnImport() throws IOException {
		JsonNode result = importAsAdmin(workbook(row("gdp", BAOTOU, "2021", 3781.5, "亿元", "统计公报"),
				row("population", BAOTOU, "2021", 271.9, null, null),
				row(PERCENT_ITEM, BAOTOU, "2021", "45", "%", null)), 200);
		assertThat(result.get("values").asInt()).isEqualTo(3);
		long importNumber = result.get("importNumber").asLong();

		List<JsonNode> values = list(values(BAOTOU, "2021"));
		assertThat(values).extracting(v -> v.get("itemCode").asString(), v -> v.get("value").decimalValue())
			.containsExactlyInAnyOrder(tuple("gdp", new BigDecimal("3781.5")),
					tuple("population", new BigDecimal("271.9")), tuple(PERCENT_ITEM, new BigDecimal("45")));
		assertThat(values).allSatisfy(value -> {
			assertThat(value.get("regionCode").asString()).isEqualTo(BAOTOU);
			assertThat(value.get("periodCode").asString()).isEqualTo("2021");
			assertThat(value.get("revision").asInt()).isEqualTo(1);
			assertThat(value.get("source").asString()).isEqualTo("IMPORT");
			assertThat(value.get("sourceId").asLong()).isEqualTo(importNumber);
			assertThat(value.get("approvedBy").asString()).isEqualTo("admin");
		});
		assertThat(values).filteredOn(v -> "gdp".equals(v.get("itemCode").asString()))
			.singleElement()
			.satisfies(gdp -> {
				assertThat(gdp.get("unit").asString()).isEqualTo("亿元");
				assertThat(gdp.get("note").asString()).isEqualTo("统计公报");
			});
		assertThat(this.api.expect("admin", "GET", "/api/audit?action=VALUES_IMPORTED", null, 200).toString())
			.contains("\"subject\":\"import " + importNumber + "\"", "3 approved values imported");
	}

	@Test
	void importingTheSameKeysAgainMakesTheSecondRevisionAndKeepsTheFirstInTheHistory() throws IOException {
		long first = importAsAdmin(workbook(row("gdp", BAOTOU, "2022", 3350, null, null)), 200).get("importNumber")
			.asLong();
		long second = importAsAdmin(workbook(row("gdp", BAOTOU, "2022", 3450.25, null, "修订")), 200).get("importNumber")
			.asLong();
		assertThat(second).isGreaterThan(first);

		JsonNode current = values(BAOTOU, "2022");
		assertThat(current).hasSize(1);
		assertThat(current.get(0).get("value").decimalValue()).isEqualByComparingTo("3450.25");
		assertThat(current.get(0).get("revision").asInt()).isEqualTo(2);
		assertThat(current.get(0).get("sourceId").asLong()).isEqualTo(second);

		List<JsonNode> history = list(this.api.expect("admin", "GET",
				"/api/values/history?item=gdp&region=" + BAOTOU + "&period=2022", null, 200));
		assertThat(history)
			.extracting(v -> v.get("revision").asInt(), v -> v.get("value").decimalValue(),
					v -> v.get("sourceId").asLong())
			.containsExactly(tuple(1, new BigDecimal("3350"), first), tuple(2, new BigDecimal("3450.25"), second));
	}

	@Test
	void aWorkbookWithBadRowsIsRefusedWholeNamingEveryRowAndWritesNothing() throws IOException {
		int before = values(BAOTOU, "2023").size();
		JsonNode refused = importAsAdmin(workbook(row("gdp", BAOTOU, "2023", 3600, null, null),
				row("no-such-item", BAOTOU, "2023", 1, null, null),
				row("population", BAOTOU, "2023", "abc", null, null), row("gdp", "159999", "2023", 1, null, null),
				row(PERCENT_ITEM, BAOTOU, "2023", 130, null, null),
				row("land-area", BAOTOU, "2023Q5", 27768, null, null), row("gdp", BAOTOU, "2023", 3700, null, null)),
				422);

		assertThat(refused.get("code").asString()).isEqualTo("ROWS");
		assertThat(refused.get("detail").asString()).contains("6");
		assertThat(list(refused.get("problems")))
			.extracting(p -> p.get("row").asInt(), p -> p.get("cell").asString(), p -> p.get("field").asString(),
					p -> p.get("ruleCode").asString())
			.containsExactlyInAnyOrder(tuple(3, "A3", "code", "UNKNOWN_ITEM"), tuple(4, "D4", "value", "TYPE"),
					tuple(5, "B5", "region", "UNKNOWN_REGION"), tuple(6, "D6", "value", "PERCENT_RANGE"),
					tuple(7, "C7", "period", "UNKNOWN_PERIOD"), tuple(8, "A8", "code", "DUPLICATE_ROW"));
		assertThat(list(refused.get("problems"))).allSatisfy(problem -> {
			assertThat(problem.get("importance").asString()).isEqualTo("ERROR");
			assertThat(problem.get("message").asString()).isNotBlank();
		});
		assertThat(refused.toString()).contains("no-such-item", "abc", "159999", "130", "2023Q5");
		assertThat(refused.get("annotated").asString()).startsWith("/api/imports/");

		assertThat(values(BAOTOU, "2023")).hasSize(before);
		assertThat(this.api.expect("admin", "GET", "/api/values/history?item=gdp&region=" + BAOTOU + "&period=2023",
				null, 200))
			.isEmpty();
	}

	@Test
	void aRowWithoutANumberIsRefusedEvenWhenTheRulesWouldLetItPass() throws IOException {
		int before = values(BAOTOU, "2024").size();
		JsonNode blank = importAsAdmin(workbook(row("gdp", BAOTOU, "2024", null, "亿元", "尚未公布")), 422);
		assertThat(list(blank.get("problems"))).singleElement().satisfies(problem -> {
			assertThat(problem.get("cell").asString()).isEqualTo("D2");
			assertThat(problem.get("ruleCode").asString()).isEqualTo("REQUIRED");
		});

		JsonNode type = this.api.expect("admin", "GET", "/api/rules/TYPE", null, 200);
		try {
			this.api.expect("admin", "PUT", "/api/rules/TYPE", ((ObjectNode) type.deepCopy()).put("enabled", false),
					200);
			JsonNode text = importAsAdmin(workbook(row("gdp", BAOTOU, "2024", "约四千", null, null)), 422);
			assertThat(list(text.get("problems"))).singleElement().satisfies(problem -> {
				assertThat(problem.get("cell").asString()).isEqualTo("D2");
				assertThat(problem.get("ruleCode").asString()).isEqualTo("TYPE");
				assertThat(problem.get("message").asString()).contains("约四千");
			});
		}
		finally {
			this.api.expect("admin", "PUT", "/api/rules/TYPE", type, 200);
		}
		assertThat(values(BAOTOU, "2024")).hasSize(before);
	}

	@Test
	void aNumberOutOfRangeOrANoteTooLongIsRefusedByItsCell() throws IOException {
		int before = values(WUHAI, "2021").size();
		JsonNode refused = importAsAdmin(workbook(row("gdp", WUHAI, "2021", "1E+100000", null, null),
				row("population", WUHAI, "2021", "1" + "0".repeat(60), null, null),
				row("water-use", WUHAI, "2021", 10.2, null, "注".repeat(2001))), 422);
		List<JsonNode> problems = list(refused.get("problems"));
		assertThat(problems)
			.extracting(p -> p.get("row").asInt(), p -> p.get("cell").asString(), p -> p.get("field").asString(),
					p -> p.get("ruleCode").asString())
			.containsExactlyInAnyOrder(tuple(2, "D2", "value", "TYPE"), tuple(3, "D3", "value", "TYPE"),
					tuple(4, "F4", "note", "LENGTH"));
		assertThat(problems).filteredOn(p -> p.get("ruleCode").asString().equals("TYPE"))
			.allSatisfy(p -> assertThat(p.get("messageEn").asString())
				.contains("out of range: at most 40 digits before and 40 after the decimal point"));
		assertThat(problems).filteredOn(p -> p.get("ruleCode").asString().equals("LENGTH"))
			.singleElement()
			.satisfies(p -> assertThat(p.get("message").asString()).contains("备注有2001个字符，最多2000个"));
		assertThat(values(WUHAI, "2021")).hasSize(before);
	}

	@Test
	void onlyAdministratorsImport() throws IOException {
		int before = values("150100", "2020").size();
		byte[] file = workbook(row("gdp", "150100", "2020", 2800, null, null));
		for (String user : List.of("hohhot-reviewer", "hohhot-reporter", "hohhot-leader", "region-reviewer")) {
			this.api.expect(this.api.upload(user, "/api/values/import", "values.xlsx", file), 403);
		}
		assertThat(values("150100", "2020")).hasSize(before);
	}

	@Test
	void theExportHoldsExactlyTheFilteredValues() throws IOException {
		importAsAdmin(
				workbook(row("gdp", BAOTOU, "2020", 2787.4, null, null),
						row("population", BAOTOU, "2020", 270.9, null, null),
						row("water-use", BAOTOU, "2020", 10.2, null, null),
						row("gdp", WUHAI, "2020", 563.3, null, null), row("gdp", BAOTOU, "2025", 4300, null, null)),
				200);
		List<JsonNode> filtered = list(values(BAOTOU, "2020"));
		assertThat(filtered).hasSize(3);

		MvcTestResult export = this.mvc.get()
			.uri("/api/values/export?region=" + BAOTOU + "&period=2020")
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.exchange();
		assertThat(export).hasStatusOk();
		assertThat(export).headers().hasValue("Content-Disposition", "attachment; filename=\"greenloop-values.xlsx\"");
		List<List<Object>> rows = exportedRows(export.getResponse().getContentAsByteArray());

		assertThat(rows).extracting(row -> tuple(row.get(0), row.get(2), row.get(4), row.get(5), row.get(7)))
			.containsExactlyInAnyOrderElementsOf(filtered.stream()
				.map(v -> tuple(v.get("itemCode").asString(), v.get("regionCode").asString(),
						v.get("periodCode").asString(), v.get("value").decimalValue().doubleValue(),
						(double) v.get("revision").asInt()))
				.toList());
		assertThat(rows).extracting(row -> row.get(0)).containsExactlyInAnyOrder("gdp", "population", "water-use");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get(3)).isEqualTo("包头市");
			assertThat((String) row.get(8)).startsWith("IMPORT ");
		});
	}

	/**
	 * The list answers at most {@link ApprovedValues#LIMIT} values; the export has every
	 * one. The values are written straight into the table, in Chifeng (赤峰市, 150400), and
	 * removed afterwards.
	 */
	@Test
	void theExportHoldsEveryValueOfItsFilterBeyondTheListsLimit() throws IOException {
		int count = ApprovedValues.LIMIT + 1;
		try {
			this.jdbc.sql("""
					INSERT INTO reporting.approved_value (item_code, region_code, period_id, value, revision, source,
					    source_id, approved_at, approved_by)
					SELECT 'export-probe-' || n, '150400', p.id, n, 1, 'IMPORT', 0, now(), 'admin'
					FROM generate_series(1, :count) n CROSS JOIN reporting.period p WHERE p.code = '2020'
					""").param("count", count).update();
			assertThat(values("150400", "2020")).hasSize(ApprovedValues.LIMIT);

			MvcTestResult export = this.mvc.get()
				.uri("/api/values/export?region=150400&period=2020")
				.with(httpBasic("admin", Api.ADMIN_PASSWORD))
				.exchange();
			assertThat(export).hasStatusOk();
			List<List<Object>> rows = exportedRows(export.getResponse().getContentAsByteArray());
			assertThat(rows).hasSize(count);
			assertThat(rows).extracting(row -> row.get(0))
				.contains("export-probe-1", "export-probe-" + count)
				.doesNotHaveDuplicates();
		}
		finally {
			this.jdbc.sql("DELETE FROM reporting.approved_value WHERE item_code LIKE 'export-probe-%'").update();
		}
	}

	private JsonNode importAsAdmin(byte[] workbook, int status) {
		return this.api.expect(this.api.upload("admin", "/api/values/import", "values.xlsx", workbook), status);
	}

	private JsonNode values(String region, String period) {
		return this.api.expect("admin", "GET", "/api/values?region=" + region + "&period=" + period, null, 200);
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

	private static Object[] row(String code, String region, String period, Object value, String unit, String note) {
		return ValuesWorkbook.row(code, region, period, value, unit, note);
	}

	/** A workbook as an administrator types it: the header in the first row. */
	private static byte[] workbook(Object[]... rows) {
		return ValuesWorkbook.of(rows);
	}

	/** The rows below the export's header (the row starting with 编号), cell by cell. */
	private static List<List<Object>> exportedRows(byte[] xlsx) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			boolean body = false;
			for (Row row : workbook.getSheetAt(0)) {
				if (body) {
					List<Object> cells = new ArrayList<>();
					for (int i = 0; i < 12; i++) {
						Cell cell = row.getCell(i);
						cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
								? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
					}
					rows.add(cells);
				}
				body = body || row.getCell(0) != null && "编号".equals(row.getCell(0).toString());
			}
			assertThat(body).as("the export has a header row").isTrue();
		}
		return rows;
	}

}
