package io.greenloop.reporting.excel;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.greenloop.reporting.excel.WorkbookProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rejected upload comes back with the same values, its bad cells red and commented and
 * a problem column explaining each bad row.
 */
class AnnotatedCopyTests {

	private static final int PROBLEMS = 5;

	@TempDir
	Path folder;

	@Test
	void marksTheBadCellsAndExplainsTheBadRows() throws Exception {
		Path original = original();
		Map<String, String> cells = Map.of("C7", "数值不能为负数", "C9", "必须填写数值", "A10", "指标代码 Z99 不在目录中");
		Map<Integer, String> rows = Map.of(9, "与第 8 行重复", 30, "文件末尾缺少合计行");

		try (XSSFWorkbook copy = copy(original, cells, rows)) {
			XSSFSheet sheet = copy.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("填报");
			assertMarked(sheet, "C7", "数值不能为负数");
			assertMarked(sheet, "C9", "必须填写数值");
			assertMarked(sheet, "A10", "指标代码 Z99 不在目录中");
			assertThat(cell(sheet, "C8").getCellComment()).isNull();
			assertThat(((XSSFCellStyle) cell(sheet, "C8").getCellStyle()).getFillForegroundColorColor()).isNull();

			assertThat(text(sheet, 6, PROBLEMS)).isEqualTo(CopySheet.PROBLEM_HEADER);
			assertThat(text(sheet, 7, PROBLEMS)).isEqualTo("C7：数值不能为负数");
			assertThat(sheet.getRow(7).getCell(PROBLEMS)).isNull();
			assertThat(text(sheet, 9, PROBLEMS)).isEqualTo("与第 8 行重复；C9：必须填写数值");
			assertThat(text(sheet, 10, PROBLEMS)).isEqualTo("A10：指标代码 Z99 不在目录中");
			assertThat(text(sheet, 30, PROBLEMS)).isEqualTo("文件末尾缺少合计行");
		}
	}

	@Test
	void keepsTheValuesPreambleAndLayoutOfTheOriginal() throws Exception {
		try (XSSFWorkbook copy = copy(original(), Map.of("C7", "数值不能为负数"), Map.of())) {
			XSSFSheet sheet = copy.getSheetAt(0);
			assertThat(text(sheet, 1, 0)).isEqualTo("2025年第三季度无废城市指标填报");
			assertThat(text(sheet, 2, 0)).isEqualTo("规划");
			assertThat(text(sheet, 2, 1)).isEqualTo("003");
			assertThat(text(sheet, 6, 1)).isEqualTo("指标名称");
			assertThat(text(sheet, 8, 1)).isEqualTo("城镇生活垃圾无害化处理率");
			assertThat(cell(sheet, "C8").getNumericCellValue()).isEqualTo(63.68);
			assertThat(cell(sheet, "C7").getNumericCellValue()).isEqualTo(-5.0);
			assertThat(cell(sheet, "A8").getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
		}
	}

	@Test
	void isReadAgainLikeTheOriginal() throws Exception {
		Path copy = this.folder.resolve("copy.xlsx");
		try (OutputStream out = Files.newOutputStream(copy)) {
			AnnotatedCopy.write(original(), Map.of("C7", "数值不能为负数"), Map.of(8, "重复"), out);
		}
		List<SheetRow> rows = new ArrayList<>();
		Preamble preamble = new WorkbookReader(WorkbookLimits.STANDARD).read(copy, ReportLayout.LAYOUT, rows::add);
		assertThat(preamble.values()).containsEntry("规划", "003");
		assertThat(rows).extracting((row) -> row.cells().get("value").text()).containsExactly("-5", "63.68", "", "1");
	}

	/**
	 * A number of 40,001 digits is read as its text, longer than the 32,767 characters a
	 * cell holds: the copy keeps what fits rather than fail.
	 */
	@Test
	void copiesATextTooLongForACellCutToWhatFits() throws Exception {
		String digits = "1" + "0".repeat(40_000);
		byte[] report = BadWorkbookCorpus.xlsx((workbook) -> BadWorkbookCorpus.report(workbook, "填报"));
		Path original = this.folder.resolve("long.xlsx");
		Files.write(original,
				BadWorkbookCorpus.rezip(report, "xl/worksheets/sheet1.xml",
						(sheet) -> new String(sheet, StandardCharsets.UTF_8)
							.replace("<v>63.68</v>", "<v>" + digits + "</v>")
							.getBytes(StandardCharsets.UTF_8)));
		try (XSSFWorkbook copy = copy(original, Map.of("C6", "超出范围"), Map.of())) {
			XSSFCell cell = cell(copy.getSheetAt(0), "C6");
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).hasSize(32_767).startsWith("1000");
			assertMarked(copy.getSheetAt(0), "C6", "超出范围");
		}
	}

	@Test
	void refusesAnOriginalThatIsNoWorkbook() {
		WorkbookProblem problem = catchThrowableOfType(WorkbookProblem.class,
				() -> AnnotatedCopy.write(Path.of("src/test/resources/excel/bad/report.pdf.xlsx"), Map.of(), Map.of(),
						OutputStream.nullOutputStream()));
		assertThat(problem.kind()).isEqualTo(Kind.NOT_A_WORKBOOK);
	}

	/** Rows 7 to 10 under a header in row 6; C9 is empty, so it has no cell. */
	private Path original() throws Exception {
		Path file = this.folder.resolve("upload.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			WorkbookWriter.write(out,
					new WorkbookContent("填报", "2025年第三季度无废城市指标填报",
							List.of(Map.entry("规划", "003"), Map.entry("地区", "150100"), Map.entry("期间", "2025Q3")),
							WorkbookRoundTripTests.COLUMNS,
							List.of(Arrays.asList("A01", "一般工业固体废物综合利用率", new BigDecimal("-5"), "%", null),
									Arrays.asList("A02", "城镇生活垃圾无害化处理率", new BigDecimal("63.68"), "%", null),
									Arrays.asList("A03", "危险废物利用处置量", null, "吨", null),
									Arrays.asList("Z99", "不存在的指标", 1, "吨", null))));
		}
		return file;
	}

	private XSSFWorkbook copy(Path original, Map<String, String> cells, Map<Integer, String> rows) throws Exception {
		Path copy = this.folder.resolve("copy.xlsx");
		try (OutputStream out = Files.newOutputStream(copy)) {
			AnnotatedCopy.write(original, cells, rows, out);
		}
		return new XSSFWorkbook(copy.toFile());
	}

	private static void assertMarked(XSSFSheet sheet, String ref, String explanation) {
		XSSFCell cell = cell(sheet, ref);
		XSSFCellStyle style = cell.getCellStyle();
		assertThat(style.getFillForegroundColorColor().getRGB()).as(ref).containsExactly(0xFF, 0xC7, 0xCE);
		assertThat(cell.getCellComment()).as(ref).isNotNull();
		assertThat(cell.getCellComment().getString().getString()).isEqualTo(explanation);
	}

	private static XSSFCell cell(XSSFSheet sheet, String ref) {
		CellReference address = new CellReference(ref);
		Row row = sheet.getRow(address.getRow());
		XSSFCell cell = (XSSFCell) row.getCell(address.getCol());
		assertThat(cell).as(ref).isNotNull();
		return cell;
	}

	/** The text in a 1-based row and 0-based column. */
	private static String text(XSSFSheet sheet, int row, int column) {
		XSSFCell cell = sheet.getRow(row - 1).getCell(column);
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

}
