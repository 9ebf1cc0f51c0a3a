package io.greenloop.reporting.excel;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template written by {@link WorkbookWriter} comes back through {@link WorkbookReader}
 * with every value it was written with.
 */
class WorkbookRoundTripTests {

	static final List<ColumnSpec> COLUMNS = List.of(new ColumnSpec("指标代码", 12, false, "目录中的指标代码，如 A01"),
			new ColumnSpec("指标名称", 40, false, null), new ColumnSpec("数值", 14, true, "填写本期累计值"),
			new ColumnSpec("单位", 8, false, null), new ColumnSpec("备注", 30, false, null));

	@TempDir
	Path folder;

	@Test
	void readsBackThePreambleAndEveryValueExactly() throws Exception {
		List<List<Object>> rows = List.of(Arrays.asList("A01", "一般工业固体废物综合利用率", new BigDecimal("63.68"), "%", "按季度累计"),
				Arrays.asList("003", "城镇生活垃圾无害化处理率", 100, "%", null),
				Arrays.asList("A03", "危险废物利用处置量（含“跨省转移”）", new BigDecimal("12345678.9"), "吨", "  前后空格  "),
				Arrays.asList("A04", "单位GDP能耗降低", new BigDecimal("-0.000125"), null, null),
				Arrays.asList("A05", "未填写", null, "万吨", null));
		Path file = write(new WorkbookContent("2025Q3 填报", "2025年第三季度无废城市指标填报",
				List.of(Map.entry("规划", "003"), Map.entry("地区：", "150100"), Map.entry("期间", "2025Q3")), COLUMNS, rows));

		List<SheetRow> read = new ArrayList<>();
		Preamble preamble = new WorkbookReader(WorkbookLimits.STANDARD).read(file, ReportLayout.LAYOUT, read::add);

		assertThat(preamble.values()).containsExactly(Map.entry("规划", "003"), Map.entry("地区", "150100"),
				Map.entry("期间", "2025Q3"));
		assertThat(preamble.headerRowNumber()).isEqualTo(6);
		assertThat(read).extracting(SheetRow::number).containsExactly(7, 8, 9, 10, 11);
		assertThat(read.get(0).cells().get("value"))
			.isEqualTo(new Cell("C7", CellKind.NUMBER, "63.68", new BigDecimal("63.68")));
		assertThat(read.get(1).cells().get("code")).isEqualTo(new Cell("A8", CellKind.TEXT, "003", null));
		assertThat(read.get(1).cells().get("value").text()).isEqualTo("100");
		assertThat(read.get(1).cells().get("note").kind()).isEqualTo(CellKind.BLANK);
		assertThat(read.get(2).cells().get("name").text()).isEqualTo("危险废物利用处置量（含“跨省转移”）");
		assertThat(read.get(2).cells().get("value").number()).isEqualByComparingTo("12345678.9");
		assertThat(read.get(2).cells().get("note").text()).isEqualTo("前后空格");
		assertThat(read.get(3).cells().get("value").text()).isEqualTo("-0.000125");
		assertThat(read.get(4).cells().get("value")).isEqualTo(new Cell("C11", CellKind.BLANK, "", null));
		for (int i = 0; i < rows.size(); i++) {
			List<Object> written = rows.get(i);
			assertThat(read.get(i).cells().values()).extracting(Cell::text)
				.containsExactly(written.stream().map(WorkbookRoundTripTests::shown).toArray(String[]::new));
		}
	}

	@Test
	void writesAHeaderToFillInBelow() throws Exception {
		Path file = write(new WorkbookContent("Sheet/1?", "标题", List.of(Map.entry("规划", "003")), COLUMNS,
				List.of(List.of("A01"))));
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Sheet 1 ");
			assertThat(sheet.getNumMergedRegions()).isZero();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
			XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(3).getCell(0).getCellStyle();
			assertThat(workbook.getFontAt(header.getFontIndex()).getBold()).isTrue();
			assertThat(header.getFillForegroundColorColor().getRGB()).containsExactly(0xC6, 0xEF, 0xCE);
			assertThat(sheet.getRow(3).getCell(0).getCellComment().getString().getString()).isEqualTo("目录中的指标代码，如 A01");
			assertThat(sheet.getRow(3).getCell(1).getCellComment()).isNull();
			assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("General");
		}
	}

	private Path write(WorkbookContent content) throws Exception {
		Path file = this.folder.resolve("template.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			WorkbookWriter.write(out, content);
		}
		return file;
	}

	private static String shown(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return value.toString().strip();
	}

}
