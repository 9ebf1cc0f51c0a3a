package io.greenloop.evaluation.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.PlanView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.shared.RegionCode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The reports as their readers open them: the Word document's title, counts, chart and
 * table say what /api/evaluation says of the same targets and year; the workbook has
 * every row /api/evaluation has; values imported show in the table and the lagging
 * paragraph names who answers for them; nobody reads a report outside their data scope.
 */
@GreenloopTest
class EvaluationReportTests {

	/** Hulunbuir: no other test imports values there. */
	static final String IMPORTED = "150700";

	static final Pattern COUNT = Pattern.compile("(已达标|按进度|严重滞后|滞后|无数据|待人工评定)(\\d+)项");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@ParameterizedTest
	@CsvSource({ "annual, 2024, 年度监测报告", "midterm, 2023, 中期评估报告", "final, 2025, 终期评估报告" })
	void theWordReportSaysWhatTheApiSays(String kind, int year, String title) throws IOException {
		MvcTestResult download = download("hohhot-leader", "/api/reports/003/" + kind + "?region=150100");
		assertThat(download).hasStatusOk().hasContentType(ReportFormat.DOCX.mediaType());
		assertThat(fileName(download)).isEqualTo("003-" + year + "-" + title + ".docx");
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"003-" + year + "-" + kind + ".docx\"; filename*=UTF-8''003-");
		JsonNode rows = evaluation("hohhot-leader", "150100");
		Map<String, JsonNode> expected = latestByTarget(rows, "150100", year);
		PlanView plan = this.catalogue.plan("003").orElseThrow();
		assertThat(expected).as("every target is evaluated from the start").hasSize(plan.targetCount());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(download)))) {
			assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(plan.title() + title + "（" + year + "年）");
			String sentence = paragraph(doc, "截至" + year + "年，本规划在呼和浩特市共有");
			assertThat(sentence).contains("共有" + expected.size() + "项指标");
			assertThat(counts(sentence)).isEqualTo(statusCounts(expected));
			assertThat(targetRows(doc.getTables().get(1))).as("one row per target, with its status")
				.isEqualTo(statusesByCode(expected, year));
			assertThat(doc.getAllPictures()).hasSize(1);
			XWPFPictureData chart = doc.getAllPictures().get(0);
			assertThat(ImageIO.read(new ByteArrayInputStream(chart.getData())).getWidth()).isEqualTo(ChartImages.WIDTH);
			assertThat(doc.getParagraphs()
				.stream()
				.filter(p -> WordParts.HEADING_1.equals(p.getStyle()) && p.getText().endsWith("（由编写人员填写）"))).hasSize(3);
			assertThat(latestValues(doc.getTables().get(1)))
				.as("the latest value of each target, starred if a demo value")
				.isEqualTo(latestValues(rows, year));
			boolean demo = false;
			for (JsonNode row : rows) {
				demo |= row.get("year").asInt() <= year && row.path("valueSource").asString("").startsWith("DEMO");
			}
			assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(Narrative.DEMO_NOTE)))
				.as("含演示数据 when a value is demonstration data")
				.isEqualTo(demo);
		}
	}

	@ParameterizedTest
	@CsvSource({ "annual, 2024", "final, 2025" })
	void theWorkbookHasEveryRowTheApiHas(String kind, int year) throws IOException {
		MvcTestResult download = download("hohhot-leader", "/api/reports/003/" + kind + "?format=xlsx");
		assertThat(download).hasStatusOk().hasContentType(ReportFormat.XLSX.mediaType());
		assertThat(fileName(download)).endsWith("-" + year + "-" + ReportKind.of(kind).title() + ".xlsx");
		List<String> expected = new ArrayList<>();
		evaluation("hohhot-leader", "150100").forEach(row -> {
			if (row.get("year").asInt() <= year) {
				expected.add(row.get("targetCode").asString() + " " + row.get("regionCode").asString() + " "
						+ row.get("year").asInt() + " " + row.get("status").asString());
			}
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(download)))) {
			Sheet sheet = workbook.getSheet(XlsxReport.RESULTS);
			assertThat(sheet.getRow(0).getCell(19).getStringCellValue()).isEqualTo("数据来源");
			List<String> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				rows.add(row.getCell(1).getStringCellValue() + " " + row.getCell(5).getStringCellValue() + " "
						+ (int) row.getCell(7).getNumericCellValue() + " " + row.getCell(10).getStringCellValue());
			}
			assertThat(rows).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(workbook.getSheet(XlsxReport.SDG_RESULTS).getLastRowNum()).isEqualTo(expected.size());
		}
	}

	@Test
	void importedValuesAreTheLatestValuesAndTheLaggingParagraphNamesTheResponsibleUnits() throws IOException {
		List<IndicatorView> targets = levelTargets();
		IndicatorView behind = targets.get(0);
		IndicatorView met = targets.get(1);
		BigDecimal low = behind.baseline().value();
		this.api.expect(this.api.upload("admin", "/api/values/import", "values.xlsx",
				ValuesWorkbook.of(ValuesWorkbook.row(behind.code(), IMPORTED, "2024", low, behind.unit(), "报告测试"),
						ValuesWorkbook.row(met.code(), IMPORTED, "2024", met.target().value(), met.unit(), "报告测试"))),
				200);
		Map<String, JsonNode> expected = latestByTarget(evaluation("admin", IMPORTED), IMPORTED, 2024);
		assertThat(expected.keySet()).containsExactlyInAnyOrder(behind.code(), met.code());
		assertThat(expected.get(behind.code()).get("status").asString()).isIn("LAGGING", "SERIOUSLY_LAGGING");

		MvcTestResult download = download("admin", "/api/reports/003/annual?year=2024&region=" + IMPORTED);
		assertThat(download).hasStatusOk();
		assertThat(fileName(download)).isEqualTo("003-150700-2024-年度监测报告.docx");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(download)))) {
			String sentence = paragraph(doc, "截至2024年，本规划在呼伦贝尔市共有2项指标");
			assertThat(counts(sentence)).isEqualTo(statusCounts(expected));
			int others = this.catalogue.plan("003").orElseThrow().targetCount() - 2;
			assertThat(sentence).contains("另有" + others + "项指标在呼伦贝尔市尚无评估结果");
			assertThat(paragraph(doc, "滞后和严重滞后的指标共1项")).isNotNull();
			assertThat(paragraph(doc, "（1）“" + behind.name() + "”（" + behind.code() + "，")).contains(
					"最新值" + low.stripTrailingZeros().toPlainString() + behind.unit() + "（2024年）",
					"责任单位：" + behind.responsibleText());
			assertThat(targetRows(doc.getTables().get(1))).isEqualTo(statusesByCode(expected, 2024));
			XWPFTableRow row = doc.getTables()
				.get(1)
				.getRows()
				.stream()
				.filter(r -> r.getCell(0).getText().equals(behind.code()))
				.findFirst()
				.orElseThrow();
			assertThat(row.getCell(4).getText()).isEqualTo(low.stripTrailingZeros().toPlainString() + "（2024年）");
		}
	}

	@Test
	void refusesOtherRegionsUnknownPlansKindsFormatsAndYears() {
		this.api.expect("ordos-leader", "GET", "/api/reports/003/annual", null, 403);
		this.api.expect("ordos-leader", "GET", "/api/reports/003/annual?region=150100&format=xlsx", null, 403);
		this.api.expect("hohhot-leader", "GET", "/api/reports/999/annual", null, 404);
		this.api.expect("hohhot-leader", "GET", "/api/reports/003/weekly", null, 400);
		this.api.expect("hohhot-leader", "GET", "/api/reports/003/annual?format=pdf", null, 400);
		this.api.expect("hohhot-leader", "GET", "/api/reports/003/annual?year=2019", null, 400);
		this.api.expect("hohhot-leader", "GET", "/api/reports/003/midterm?year=2024", null, 400);
		this.api.expect("hohhot-leader", "GET", "/api/reports/003/annual?region=15x", null, 400);
		assertThat(this.mvc.get().uri("/api/reports/003/annual")).hasStatus(401);
	}

	/**
	 * Two numeric level targets of the Hohhot plan due in 2025 with a baseline: the first
	 * to report at its baseline (behind), the second at its figure (met).
	 */
	private List<IndicatorView> levelTargets() {
		List<IndicatorView> targets = this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null))
			.stream()
			.filter(t -> t.measure() == Measure.LEVEL && t.target().year() == 2025 && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.responsibleText() != null
					&& (t.target().comparator() == TargetComparator.GE && t.direction() == Direction.HIGHER_IS_BETTER
							&& t.baseline().value().compareTo(t.target().value()) < 0
							|| t.target().comparator() == TargetComparator.LE
									&& t.direction() == Direction.LOWER_IS_BETTER
									&& t.baseline().value().compareTo(t.target().value()) > 0))
			.toList();
		assertThat(targets).hasSizeGreaterThanOrEqualTo(2);
		return targets.subList(0, 2);
	}

	private MvcTestResult download(String user, String uri) {
		return this.mvc.get()
			.uri(uri)
			.with(httpBasic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD))
			.exchange();
	}

	private static byte[] bytes(MvcTestResult result) {
		return result.getResponse().getContentAsByteArray();
	}

	private static String fileName(MvcTestResult result) {
		return ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition")).getFilename();
	}

	private JsonNode evaluation(String user, String region) {
		return this.api.expect(user, "GET", "/api/evaluation?plan=003&region=" + region, null, 200);
	}

	/**
	 * Each target's result in the year, or in its last year before: in its own region
	 * when that lies in the region reported on (a district's target in its city's
	 * report), else in the region reported on.
	 */
	private Map<String, JsonNode> latestByTarget(JsonNode rows, String region, int year) {
		String prefix = RegionCode.of(region).scopePrefix();
		Map<String, String> where = new TreeMap<>();
		this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null))
			.forEach(t -> where.put(t.code(), t.region().startsWith(prefix) ? t.region() : region));
		Map<String, JsonNode> latest = new TreeMap<>();
		rows.forEach(row -> {
			if (row.get("regionCode").asString().equals(where.get(row.get("targetCode").asString()))
					&& row.get("year").asInt() <= year) {
				latest.merge(row.get("targetCode").asString(), row,
						(a, b) -> a.get("year").asInt() >= b.get("year").asInt() ? a : b);
			}
		});
		return latest;
	}

	private static Map<String, Integer> statusCounts(Map<String, JsonNode> latest) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Status status : Status.values()) {
			counts.put(status.zh(), 0);
		}
		latest.values()
			.forEach(row -> counts.merge(Status.valueOf(row.get("status").asString()).zh(), 1, Integer::sum));
		return counts;
	}

	private static Map<String, Integer> counts(String sentence) {
		Map<String, Integer> counts = new TreeMap<>();
		Matcher matcher = COUNT.matcher(sentence);
		while (matcher.find()) {
			counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
		}
		return counts;
	}

	/** The status a table row shows: the year's, or the due year's with that year. */
	private static Map<String, String> statusesByCode(Map<String, JsonNode> latest, int year) {
		Map<String, String> statuses = new TreeMap<>();
		latest.forEach((code, row) -> {
			String status = Status.valueOf(row.get("status").asString()).zh();
			int of = row.get("year").asInt();
			statuses.put(code, of == year ? status : status + "（" + of + "年）");
		});
		return statuses;
	}

	/** The targets' rows of the table (not its header or group rows): code to status. */
	private static Map<String, String> targetRows(XWPFTable table) {
		Map<String, String> rows = new TreeMap<>();
		table.getRows()
			.stream()
			.skip(1)
			.filter(row -> row.getTableCells().size() == DocxReport.TARGET_HEADER.length)
			.forEach(row -> assertThat(rows.put(row.getCell(0).getText(), row.getCell(6).getText())).isNull());
		return rows;
	}

	/** The table's latest values, by code. */
	private static Map<String, String> latestValues(XWPFTable table) {
		Map<String, String> values = new TreeMap<>();
		table.getRows()
			.stream()
			.skip(1)
			.filter(row -> row.getTableCells().size() == DocxReport.TARGET_HEADER.length)
			.forEach(row -> values.put(row.getCell(0).getText(), row.getCell(4).getText()));
		return values;
	}

	/**
	 * Each Hohhot target's last value up to the year in its own region, as the table
	 * shows it: "1.95（2024年）", starred when demonstration data.
	 */
	private Map<String, String> latestValues(JsonNode rows, int year) {
		Map<String, String> values = new TreeMap<>();
		this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null))
			.forEach(t -> values.put(t.code(), "—"));
		Map<String, String> regions = new TreeMap<>();
		this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null))
			.forEach(t -> regions.put(t.code(), t.region()));
		Map<String, Integer> years = new TreeMap<>();
		rows.forEach(row -> {
			String code = row.get("targetCode").asString();
			if (row.get("regionCode").asString().equals(regions.get(code)) && row.get("year").asInt() <= year
					&& row.hasNonNull("value") && row.get("year").asInt() >= years.getOrDefault(code, 0)) {
				years.put(code, row.get("year").asInt());
				String demo = row.path("valueSource").asString("").startsWith("DEMO") ? "*" : "";
				values.put(code, row.get("value").decimalValue().stripTrailingZeros().toPlainString() + demo + "（"
						+ row.get("year").asInt() + "年）");
			}
		});
		return values;
	}

	private static String paragraph(XWPFDocument doc, String start) {
		return doc.getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.filter(text -> text.startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
	}

}
