package io.greenloop.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.excel.Preamble;
import io.greenloop.reporting.excel.SheetRow;
import io.greenloop.reporting.excel.WorkbookLimits;
import io.greenloop.reporting.excel.WorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A submission through Excel: the template downloads pre-filled; filled in, it imports
 * all its values; one bad row or a bad file changes nothing and answers every problem by
 * row and cell, with a marked copy to download. Saihan district's (赛罕区) submission of the
 * 无废城市 plan for 2025Q4 is used.
 */
@GreenloopTest
class SubmissionWorkbookTests {

	static final String REPORTER = "saihan-reporter";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	Api api;

	long id;

	@BeforeEach
	void submission() {
		this.api = new Api(this.mvc);
		this.id = this.api.expect(REPORTER, "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4"), 201)
			.get("id")
			.asLong();
	}

	@Test
	void theTemplateIsPreFilledWithTheSubmissionsItems() throws Exception {
		List<SheetRow> rows = new ArrayList<>();
		Preamble preamble = read(template(), rows);
		assertThat(preamble.values()).containsEntry("报送编号", String.valueOf(this.id))
			.containsEntry("报表", "003")
			.containsEntry("期间", "2025Q4");
		assertThat(rows).extracting(row -> row.cells().get("code").text()).contains("003-T16", "003-T17", "003-T24");
	}

	@Test
	void aFilledInTemplateImportsEveryValue() throws Exception {
		byte[] filled = fill(template(), Map.of("003-T16", "12", "003-T17", "4", "003-T24", "31.5"));
		JsonNode answer = this.api
			.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/import", "saihan.xlsx", filled), 200);
		assertThat(answer.get("submissionId").asLong()).isEqualTo(this.id);
		JsonNode submission = this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200);
		assertThat(submission.get("lines").toString()).contains("\"value\":12", "\"value\":31.5");
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/history", null, 200).toString())
			.contains("导入工作簿 saihan.xlsx");
	}

	@Test
	void oneBadRowChangesNothingAndTheMarkedCopyExplainsIt() throws Exception {
		this.api.expect(REPORTER, "PUT", "/api/submissions/" + this.id + "/values",
				Map.of("values", List.of(Map.of("itemCode", "003-T24", "value", "30"))), 200);
		String before = this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200)
			.get("lines")
			.toString();
		byte[] bad = fill(template(), Map.of("003-T16", "abc", "003-T17", "4", "003-T24", "130"));
		JsonNode refused = this.api
			.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/import", "bad.xlsx", bad), 422);
		assertThat(refused.get("code").asString()).isEqualTo("ROWS");
		List<JsonNode> problems = new ArrayList<>();
		refused.get("problems").forEach(problems::add);
		assertThat(problems).anySatisfy(problem -> {
			assertThat(problem.get("itemCode").asString()).isEqualTo("003-T16");
			assertThat(problem.get("ruleCode").asString()).isEqualTo("TYPE");
			assertThat(problem.get("cell").asString()).matches("[A-Z]+\\d+");
		}).anySatisfy(problem -> {
			assertThat(problem.get("itemCode").asString()).isEqualTo("003-T24");
			assertThat(problem.get("ruleCode").asString()).isEqualTo("PERCENT_RANGE");
			assertThat(problem.get("message").asString()).contains("130");
		});
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200).get("lines").toString())
			.isEqualTo(before)
			.contains("\"value\":30");

		byte[] annotated = this.api.expect(REPORTER, "GET", refused.get("annotated").asString(), null, 200).isNull()
				? this.mvc.get()
					.uri(refused.get("annotated").asString())
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.httpBasic(REPORTER, Api.DEMO_PASSWORD))
					.exchange()
					.getResponse()
					.getContentAsByteArray()
				: new byte[0];
		String cell = problems.stream()
			.filter(problem -> "003-T24".equals(problem.get("itemCode").asString()))
			.findFirst()
			.orElseThrow()
			.get("cell")
			.asString();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
			Sheet sheet = workbook.getSheetAt(0);
			org.apache.poi.ss.util.CellReference reference = new org.apache.poi.ss.util.CellReference(cell);
			Cell marked = sheet.getRow(reference.getRow()).getCell(reference.getCol());
			assertThat(marked.getCellComment().getString().getString()).contains("130");
		}
		this.api.expect(this.api.call("ordos-reporter", "GET", refused.get("annotated").asString(), null), 404);
	}

	@Test
	void everyBadFileOfTheCorpusIsRefusedWithAClearMessageAndNever500() throws IOException {
		try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/excel/bad"))) {
			for (Path file : corpus.filter(path -> !path.toString().endsWith(".md")).sorted().toList()) {
				JsonNode refused = this.api.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/import",
						file.getFileName().toString(), Files.readAllBytes(file)), 422);
				assertThat(refused.get("detail").asString()).as(file.toString()).isNotBlank();
				assertThat(refused.get("code").asString()).as(file.toString()).isNotEqualTo("ROWS");
			}
		}
	}

	/**
	 * A hang guard, not a speed target: writing out the million digits of 1E+1000000 took
	 * minutes.
	 */
	@Test
	void aNumberOfAMillionDigitsIsRefusedByItsCellAtOnce() throws Exception {
		byte[] crafted = withValueXml(template(), "003-T16", 4242.4242, "1E+1000000");
		JsonNode refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.api
			.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/import", "huge.xlsx", crafted), 422));
		assertThat(refused.get("code").asString()).isEqualTo("ROWS");
		List<JsonNode> problems = new ArrayList<>();
		refused.get("problems").forEach(problems::add);
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.get("itemCode").asString()).isEqualTo("003-T16");
			assertThat(problem.get("field").asString()).isEqualTo("value");
			assertThat(problem.get("ruleCode").asString()).isEqualTo("TYPE");
			assertThat(problem.get("cell").asString()).matches("[A-Z]+\\d+");
			assertThat(problem.get("message").asString()).contains("1E+1000000", "超出范围");
			assertThat(problem.get("messageEn").asString()).contains("out of range: at most 40 digits");
		});
	}

	@Test
	void anotherSubmissionsTemplateIsRefused() throws Exception {
		byte[] other = template().clone();
		byte[] renumbered = fill(other, Map.of());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renumbered))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getCell(0) != null && row.getCell(0).toString().startsWith("报送编号")) {
					// SXSSF writes inline strings; POI would keep the old inline text
					// beside a new value, so the cell is replaced rather than set
					row.removeCell(row.getCell(1));
					row.createCell(1).setCellValue("999999");
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			assertThat(read(out.toByteArray(), new ArrayList<>()).values()).containsEntry("报送编号", "999999");
			JsonNode refused = this.api.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/import",
					"other.xlsx", out.toByteArray()), 422);
			assertThat(refused.get("code").asString()).isEqualTo("OTHER_SUBMISSION");
		}
	}

	/**
	 * Hohhot's reviewer and leader see the Hohhot reporter's draft but may not change it:
	 * their upload, good or bad, is refused before it is read, and no attempt is recorded
	 * against the draft. Hohhot reports 2022Q4, open while the test runs, which no other
	 * test uses.
	 */
	@Test
	void aReviewerOrLeaderCannotImportIntoAReportersDraft() throws Exception {
		LocalDate closes = this.jdbc.sql("SELECT closes_on FROM reporting.period WHERE code = '2022Q4'")
			.query(LocalDate.class)
			.single();
		try {
			this.jdbc.sql("UPDATE reporting.period SET closes_on = DATE '2099-12-31' WHERE code = '2022Q4'").update();
			JsonNode created = this.api.expect("hohhot-reporter", "POST", "/api/submissions",
					Map.of("form", "003", "period", "2022Q4"), 201);
			assertThat(created.get("state").asString()).isEqualTo("DRAFT");
			long draft = created.get("id").asLong();
			byte[] filled = fill(template("hohhot-reporter", draft), Map.of("003-T16", "12"));
			List<byte[]> uploads = List.of(filled, fill(template("hohhot-reporter", draft), Map.of("003-T16", "abc")),
					Files.readAllBytes(Path.of("src/test/resources/excel/bad/report.pdf.xlsx")));
			for (String user : List.of("hohhot-reviewer", "hohhot-leader")) {
				for (byte[] upload : uploads) {
					JsonNode refused = this.api.expect(
							this.api.upload(user, "/api/submissions/" + draft + "/import", "hohhot.xlsx", upload), 403);
					assertThat(refused.get("detail").asString()).contains("only the organisation's own reporters");
				}
			}
			assertThat(attempts(draft)).isZero();
			this.api.expect(
					this.api.upload("hohhot-reporter", "/api/submissions/" + draft + "/import", "hohhot.xlsx", filled),
					200);
			assertThat(attempts(draft)).isOne();
		}
		finally {
			this.jdbc.sql("UPDATE reporting.period SET closes_on = :closes WHERE code = '2022Q4'")
				.param("closes", closes)
				.update();
		}
	}

	private long attempts(long submission) {
		return this.jdbc.sql("SELECT count(*) FROM reporting.import_attempt WHERE submission_id = :id")
			.param("id", submission)
			.query(Long.class)
			.single();
	}

	private byte[] template() {
		return template(REPORTER, this.id);
	}

	private byte[] template(String user, long submission) {
		return this.mvc.get()
			.uri("/api/submissions/" + submission + "/template")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(user, Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
	}

	private Preamble read(byte[] workbook, List<SheetRow> rows) throws Exception {
		Path file = this.folder.resolve("template.xlsx");
		Files.write(file, workbook);
		return new WorkbookReader(WorkbookLimits.STANDARD).read(file, SubmissionWorkbooks.LAYOUT, rows::add);
	}

	/**
	 * The template with the number {@code marker} in the 本期值 cell of an item, then that
	 * cell's XML value replaced by {@code xml}, as no spreadsheet would write it.
	 */
	private static byte[] withValueXml(byte[] template, String code, double marker, String xml) throws IOException {
		byte[] marked;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
					row.createCell(5).setCellValue(marker);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			marked = out.toByteArray();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(marked));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] data = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String sheet = new String(data, StandardCharsets.UTF_8);
					assertThat(sheet).contains("<v>" + marker + "</v>");
					data = sheet.replace("<v>" + marker + "</v>", "<v>" + xml + "</v>")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(data);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** The template with values typed into the 本期值 column of the given items. */
	private static byte[] fill(byte[] template, Map<String, String> values) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			int valueColumn = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& "本期值".equals(cell.getStringCellValue())) {
						valueColumn = cell.getColumnIndex();
					}
				}
				Cell code = row.getCell(0);
				if (valueColumn >= 0 && code != null && values.containsKey(code.toString())) {
					row.createCell(valueColumn).setCellValue(values.get(code.toString()));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
