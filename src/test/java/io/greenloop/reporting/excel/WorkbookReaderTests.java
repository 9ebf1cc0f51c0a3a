package io.greenloop.reporting.excel;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.greenloop.reporting.excel.WorkbookProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading workbooks made by Excel's own model (XSSF, shared strings, styles), as
 * departments' files are, rather than by our writer.
 */
class WorkbookReaderTests {

	@TempDir
	Path folder;

	@Test
	void readsThePreambleAndEveryDataRowUnderTheLayout() throws Exception {
		Path file = workbook((workbook) -> BadWorkbookCorpus.report(workbook, "填报"));
		List<SheetRow> rows = new ArrayList<>();
		Preamble preamble = read(file, rows::add);
		assertThat(preamble.values()).containsExactly(Map.entry("规划", "003"), Map.entry("地区", "150100"));
		assertThat(preamble.headerRowNumber()).isEqualTo(5);
		assertThat(rows).extracting(SheetRow::number).containsExactly(6, 7, 8);
		Cell value = rows.get(0).cells().get("value");
		assertThat(value).isEqualTo(new Cell("C6", CellKind.NUMBER, "63.68", new BigDecimal("63.68")));
		assertThat(rows.get(1).cells().get("value").text()).isEqualTo("100");
		assertThat(rows.get(0).cells().get("name").text()).isEqualTo("一般工业固体废物综合利用率");
		assertThat(rows.get(1).cells().get("note")).isEqualTo(new Cell("E7", CellKind.BLANK, "", null));
	}

	@Test
	void findsColumnsByHeaderIgnoringWidthCaseAndSpaces() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("Sheet1");
			row(sheet, 0, "ＶＡＬＵＥ", " 指 标 代 码 ", "说明");
			row(sheet, 1, 12, "A01", "不读");
		});
		List<SheetRow> rows = new ArrayList<>();
		Preamble preamble = read(file, rows::add);
		assertThat(preamble.headerRowNumber()).isEqualTo(1);
		assertThat(preamble.values()).isEmpty();
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.cells()).containsOnlyKeys("value", "code");
			assertThat(row.cells().get("code").ref()).isEqualTo("B2");
			assertThat(row.cells().get("value").number()).isEqualByComparingTo("12");
		});
	}

	@Test
	void skipsBlankRowsAndGivesBlankCellsTheirReference() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("填报");
			row(sheet, 0, "指标代码", "数值");
			row(sheet, 1, "A01", 1);
			row(sheet, 2, "  ", null);
			row(sheet, 4, "A03", null);
		});
		List<SheetRow> rows = new ArrayList<>();
		read(file, rows::add);
		assertThat(rows).extracting(SheetRow::number).containsExactly(2, 5);
		assertThat(rows.get(1).cells().get("value")).isEqualTo(new Cell("B5", CellKind.BLANK, "", null));
		assertThat(rows.get(1).isBlank()).isFalse();
	}

	@Test
	void readsEveryKindOfCellAsItIsShown() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("填报");
			row(sheet, 0, "指标代码", "数值");
			row(sheet, 1, "日期", 0);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			sheet.getRow(1).getCell(1).setCellValue(LocalDate.of(2025, 9, 30));
			sheet.getRow(1).getCell(1).setCellStyle(date);
			row(sheet, 2, "布尔", true);
			row(sheet, 3, "错误", 0);
			sheet.getRow(3).getCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
			row(sheet, 4, "\u3000全角空格\u00a0", 0.1);
			row(sheet, 5, "大数", 12345678901.25);
			row(sheet, 6, "小数", 0.000001);
		});
		List<SheetRow> rows = new ArrayList<>();
		read(file, rows::add);
		assertThat(rows).extracting((row) -> row.cells().get("value").kind())
			.containsExactly(CellKind.NUMBER, CellKind.BOOLEAN, CellKind.ERROR, CellKind.NUMBER, CellKind.NUMBER,
					CellKind.NUMBER);
		assertThat(rows).extracting((row) -> row.cells().get("value").text())
			.containsExactly("2025-09-30", "TRUE", "#DIV/0!", "0.1", "12345678901.25", "0.000001");
		assertThat(rows.get(3).cells().get("code").text()).isEqualTo("全角空格");
		assertThat(rows.get(5).cells().get("value").number()).isEqualByComparingTo("0.000001");
	}

	@Test
	void keepsTextThatLooksLikeANumberAsText() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("填报");
			row(sheet, 0, "指标代码", "数值");
			row(sheet, 1, "003", "12.50");
		});
		List<SheetRow> rows = new ArrayList<>();
		read(file, rows::add);
		assertThat(rows.get(0).cells().get("code")).isEqualTo(new Cell("A2", CellKind.TEXT, "003", null));
		assertThat(rows.get(0).cells().get("value")).isEqualTo(new Cell("B2", CellKind.TEXT, "12.50", null));
	}

	@Test
	void namesTheHeadersMissingFromTheRowThatCameClosest() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("填报");
			row(sheet, 0, "期间", "2025Q3");
			row(sheet, 1, "指标代码", "本期数", "单位");
			row(sheet, 2, "A01", 1, "吨");
		});
		WorkbookProblem problem = problem(file, WorkbookLimits.STANDARD);
		assertThat(problem.kind()).isEqualTo(Kind.NO_HEADER);
		assertThat(problem.details()).containsExactly("数值");
	}

	@Test
	void namesTheFirstTenFormulasAndCountsThemAll() throws Exception {
		Path file = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("填报");
			row(sheet, 0, "指标代码", "数值");
			for (int i = 1; i <= 12; i++) {
				row(sheet, i, "A" + i);
				sheet.getRow(i).createCell(1).setCellFormula("ROW()*2");
			}
		});
		WorkbookProblem problem = problem(file, WorkbookLimits.STANDARD);
		assertThat(problem.kind()).isEqualTo(Kind.FORMULA);
		assertThat(problem.details()).hasSize(10).startsWith("B2", "B3").endsWith("B11");
		assertThat(problem.message(Locale.CHINA)).contains("12 个单元格含公式");
	}

	@Test
	void refusesAFileOverTheSizeLimitBeforeOpeningIt() throws Exception {
		Path file = workbook((workbook) -> BadWorkbookCorpus.report(workbook, "填报"));
		WorkbookProblem problem = problem(file, new WorkbookLimits(1024, 100));
		assertThat(problem.kind()).isEqualTo(Kind.TOO_LARGE);
		assertThat(problem.details()).hasSize(2).last().isEqualTo("1.0 KB");
		assertThat(problem.message(Locale.CHINA)).contains("文件太大", "超过了允许的 1.0 KB");
		assertThat(problem.message(Locale.ENGLISH)).contains("too large");
	}

	@Test
	void stopsAtTheRowLimit() throws Exception {
		Path file = workbook((workbook) -> BadWorkbookCorpus.report(workbook, "填报"));
		List<SheetRow> rows = new ArrayList<>();
		assertThat(new WorkbookReader(new WorkbookLimits(1 << 20, 3)).read(file, ReportLayout.LAYOUT, rows::add)
			.headerRowNumber()).isEqualTo(5);
		WorkbookProblem problem = catchThrowableOfType(WorkbookProblem.class,
				() -> new WorkbookReader(new WorkbookLimits(1 << 20, 2)).read(file, ReportLayout.LAYOUT, (row) -> {
				}));
		assertThat(problem.kind()).isEqualTo(Kind.TOO_MANY_ROWS);
		assertThat(problem.details()).containsExactly("2");
		assertThat(problem.message(Locale.CHINA)).contains("“填报”", "2 行");
		assertThat(problem.message(Locale.ENGLISH)).contains("more than 2 data rows");
	}

	@Test
	void letsTheCallersExceptionsThroughUnchanged() throws Exception {
		Path file = workbook((workbook) -> BadWorkbookCorpus.report(workbook, "填报"));
		IllegalStateException failure = new IllegalStateException("the caller's own");
		assertThatThrownBy(() -> read(file, (row) -> {
			throw failure;
		})).isSameAs(failure);
	}

	@Test
	void speaksChineseUnlessAskedForEnglish() throws Exception {
		WorkbookProblem problem = problem(Files.write(this.folder.resolve("e.xlsx"), new byte[0]),
				WorkbookLimits.STANDARD);
		assertThat(problem.message(Locale.ROOT)).isEqualTo(problem.message(Locale.SIMPLIFIED_CHINESE))
			.isEqualTo(problem.message(null))
			.contains("空的");
		assertThat(problem.message(Locale.US)).contains("empty");
		assertThat(problem.getMessage()).isEqualTo(problem.message(Locale.ENGLISH));
	}

	private Preamble read(Path file, Consumer<SheetRow> rows) throws WorkbookProblem {
		return new WorkbookReader(WorkbookLimits.STANDARD).read(file, ReportLayout.LAYOUT, rows);
	}

	private static WorkbookProblem problem(Path file, WorkbookLimits limits) {
		return catchThrowableOfType(WorkbookProblem.class,
				() -> new WorkbookReader(limits).read(file, ReportLayout.LAYOUT, (row) -> {
				}));
	}

	private Path workbook(Consumer<XSSFWorkbook> content) throws Exception {
		return Files.write(Files.createTempFile(this.folder, "upload", ".xlsx"), BadWorkbookCorpus.xlsx(content));
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (values[i] instanceof Boolean bool) {
				row.createCell(i).setCellValue(bool);
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue((String) values[i]);
			}
		}
	}

}
