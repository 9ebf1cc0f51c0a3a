package io.greenloop.reporting.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.greenloop.reporting.excel.WorkbookProblem.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Each file of the committed corpus (src/test/resources/excel/bad, see its README) ends
 * in the one problem it stands for, with messages that say what is wrong and where; the
 * one whose trouble is a cell is read quickly, with that cell as text.
 */
class BadWorkbookTests {

	private static final Path CORPUS = Path.of("src/test/resources/excel/bad");

	@Test
	void anEmptyFileIsEmpty() {
		WorkbookProblem problem = problem("empty.xlsx", Kind.EMPTY_FILE);
		assertThat(problem.message(Locale.CHINA)).contains("空的", "0 字节");
		assertThat(problem.message(Locale.ENGLISH)).contains("empty", "0 bytes");
	}

	@Test
	void aPictureIsNamedAsAnImage() {
		WorkbookProblem problem = problem("picture.xlsx", Kind.NOT_A_WORKBOOK);
		assertThat(problem.details()).containsExactly("PNG");
		assertThat(problem.message(Locale.CHINA)).contains("不是 Excel 工作簿", "PNG 图片");
		assertThat(problem.message(Locale.ENGLISH)).contains("not an Excel workbook", "a PNG image");
	}

	@Test
	void aPhotoIsNamedAsAnImage() {
		WorkbookProblem problem = problem("photo.xlsx", Kind.NOT_A_WORKBOOK);
		assertThat(problem.details()).containsExactly("JPEG");
		assertThat(problem.message(Locale.CHINA)).contains("JPEG 图片");
		assertThat(problem.message(Locale.ENGLISH)).contains("a JPEG image");
	}

	@Test
	void aPdfIsNamedAsAPdf() {
		WorkbookProblem problem = problem("report.pdf.xlsx", Kind.NOT_A_WORKBOOK);
		assertThat(problem.details()).containsExactly("PDF");
		assertThat(problem.message(Locale.CHINA)).contains("PDF 文档");
		assertThat(problem.message(Locale.ENGLISH)).contains("a PDF document");
	}

	@Test
	void aWordDocumentIsNamedAsOne() {
		WorkbookProblem problem = problem("document.xlsx", Kind.NOT_A_WORKBOOK);
		assertThat(problem.details()).containsExactly("WORD");
		assertThat(problem.message(Locale.CHINA)).contains("Word 文档");
		assertThat(problem.message(Locale.ENGLISH)).contains("a Word document");
	}

	@Test
	void aCsvFileIsTextToBeSavedAsAWorkbook() {
		WorkbookProblem problem = problem("values.csv", Kind.NOT_A_WORKBOOK);
		assertThat(problem.details()).containsExactly("TEXT");
		assertThat(problem.message(Locale.CHINA)).contains("纯文本或 CSV 文件", "另存为 .xlsx");
		assertThat(problem.message(Locale.ENGLISH)).contains("a plain text or CSV file", "save it as .xlsx");
	}

	@Test
	void anOldWorkbookIsToBeSavedAsXlsx() {
		WorkbookProblem problem = problem("old-format.xls", Kind.OLD_EXCEL_FORMAT);
		assertThat(problem.message(Locale.CHINA)).contains(".xls", "请另存为 .xlsx");
		assertThat(problem.message(Locale.ENGLISH)).contains("Excel 97-2003", "Save it as .xlsx");
	}

	@Test
	void aPasswordProtectedWorkbookIsEncrypted() {
		WorkbookProblem problem = problem("password.xlsx", Kind.ENCRYPTED);
		assertThat(problem.message(Locale.CHINA)).contains("密码");
		assertThat(problem.message(Locale.ENGLISH)).contains("password");
	}

	@Test
	void aTruncatedWorkbookIsCorrupt() {
		WorkbookProblem problem = problem("corrupt.xlsx", Kind.CORRUPT);
		assertThat(problem.message(Locale.CHINA)).contains("已损坏或不完整");
		assertThat(problem.message(Locale.ENGLISH)).contains("damaged or incomplete");
	}

	@Test
	void aWorkbookMissingItsSheetPartIsCorruptAndNamesTheSheet() {
		WorkbookProblem problem = problem("missing-sheet.xlsx", Kind.CORRUPT);
		assertThat(problem.details()).containsExactly("填报");
		assertThat(problem.message(Locale.CHINA)).contains("工作表“填报”的内容缺失");
		assertThat(problem.message(Locale.ENGLISH)).contains("sheet \"填报\" are missing");
	}

	@Test
	void aWorkbookWithoutSheetsHasNoSheet() {
		WorkbookProblem problem = problem("no-sheet.xlsx", Kind.NO_SHEET);
		assertThat(problem.message(Locale.CHINA)).contains("没有任何工作表");
		assertThat(problem.message(Locale.ENGLISH)).contains("no worksheet");
	}

	@Test
	void twoSheetsAreNamed() {
		WorkbookProblem problem = problem("two-sheets.xlsx", Kind.EXTRA_SHEETS);
		assertThat(problem.details()).containsExactly("填报", "说明");
		assertThat(problem.message(Locale.CHINA)).contains("2 个", "“填报”“说明”");
		assertThat(problem.message(Locale.ENGLISH)).contains("has 2", "\"填报\", \"说明\"");
	}

	@Test
	void aHiddenSheetCountsAndIsSaidToBeHidden() {
		WorkbookProblem problem = problem("hidden-sheet.xlsx", Kind.EXTRA_SHEETS);
		assertThat(problem.details()).containsExactly("填报", "代码表");
		assertThat(problem.message(Locale.CHINA)).contains("隐藏的：“代码表”", "取消隐藏");
		assertThat(problem.message(Locale.ENGLISH)).contains("hidden: \"代码表\"");
	}

	@Test
	void formulasAreListedByCell() {
		WorkbookProblem problem = problem("formula.xlsx", Kind.FORMULA);
		assertThat(problem.details()).containsExactly("C7", "C8");
		assertThat(problem.message(Locale.CHINA)).contains("“填报”", "2 个单元格含公式", "C7、C8", "请粘贴为数值");
		assertThat(problem.message(Locale.ENGLISH)).contains("\"填报\"", "2 cells with formulas", "C7, C8",
				"Paste Special → Values");
	}

	@Test
	void mergedCellsAreListedByRange() {
		WorkbookProblem problem = problem("merged.xlsx", Kind.MERGED_CELLS);
		assertThat(problem.details()).containsExactly("A1:E1", "D6:D7");
		assertThat(problem.message(Locale.CHINA)).contains("“填报”", "2 处合并单元格", "A1:E1、D6:D7", "取消合并");
		assertThat(problem.message(Locale.ENGLISH)).contains("\"填报\"", "A1:E1, D6:D7", "Merge & Center");
	}

	@Test
	void aRenamedHeaderIsReportedAsTheMissingColumn() {
		WorkbookProblem problem = problem("no-header.xlsx", Kind.NO_HEADER);
		assertThat(problem.details()).containsExactly("数值");
		assertThat(problem.message(Locale.CHINA)).contains("“填报”", "缺少列“数值”");
		assertThat(problem.message(Locale.ENGLISH)).contains("\"填报\"", "\"数值\" are missing");
	}

	@Test
	void aHeaderWithoutRowsHasNoData() {
		WorkbookProblem problem = problem("header-only.xlsx", Kind.NO_DATA);
		assertThat(problem.details()).containsExactly("5");
		assertThat(problem.message(Locale.CHINA)).contains("“填报”", "第 5 行是表头", "没有任何数据");
		assertThat(problem.message(Locale.ENGLISH)).contains("\"填报\"", "row 5", "no data");
	}

	@Test
	void aZipBombIsTooLargeAndSaidToBeOne() {
		WorkbookProblem problem = problem("zip-bomb.xlsx", Kind.TOO_LARGE);
		assertThat(problem.message(Locale.CHINA)).contains("压缩炸弹");
		assertThat(problem.message(Locale.ENGLISH)).contains("zip bomb");
	}

	@Test
	void aNumberOfAMillionDigitsIsReadAsItsTextAtOnce() {
		List<SheetRow> rows = new ArrayList<>();
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new WorkbookReader(WorkbookLimits.STANDARD)
			.read(CORPUS.resolve("huge-number.xlsx"), ReportLayout.LAYOUT, rows::add));
		assertThat(rows).extracting((row) -> row.cells().get("value"))
			.extracting(Cell::ref, Cell::kind, Cell::text)
			.containsExactly(tuple("C6", CellKind.TEXT, "1E+1000000"), tuple("C7", CellKind.NUMBER, "100"),
					tuple("C8", CellKind.NUMBER, "12500.5"));
	}

	@Test
	void everyFileOfTheCorpusIsDescribedInItsReadme() throws IOException {
		String readme = Files.readString(CORPUS.resolve("README.md"));
		try (Stream<Path> files = Files.list(CORPUS)) {
			assertThat(files.map((file) -> file.getFileName().toString()).filter((name) -> !name.equals("README.md")))
				.hasSize(19)
				.allSatisfy((name) -> assertThat(readme).contains("| `" + name + "` |"));
		}
	}

	static WorkbookProblem problem(String file, Kind kind) {
		WorkbookProblem problem = catchThrowableOfType(WorkbookProblem.class,
				() -> new WorkbookReader(WorkbookLimits.STANDARD).read(CORPUS.resolve(file), ReportLayout.LAYOUT,
						(row) -> {
						}));
		assertThat(problem).as(file).isNotNull();
		assertThat(problem.kind()).as(file).isEqualTo(kind);
		return problem;
	}

}
