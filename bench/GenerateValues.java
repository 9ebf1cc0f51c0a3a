import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the workbook of bench/import-50k.sh: ROWS approved values for
 * {@code POST /api/values/import}, one sheet laid out like the values export (a title,
 * key/value preamble lines, a blank row, then the header 编号 | 指标 | 地区 | 期间 | 值 | 单位 |
 * 备注 and the rows; 指标 is ignored by the import, as in an exported file re-imported).
 * <p>
 * The keys are real: the items, regions and periods come from the running application
 * (files written by the script from /api/indicators, /api/regions and /api/periods).
 * Every (item, region, period) is distinct: the triples are enumerated item by item,
 * region by region, period by period, and the first ROWS are written. Values are numbers
 * between 0 and 99.99 (valid for percentages too) with the item's own unit, so that no
 * validation rule refuses a row.
 * <p>
 * Streamed with SXSSF and a shared-strings table, as Excel itself saves text.
 * <p>
 * Usage: {@code java -cp <POI classpath> bench/GenerateValues.java ROWS items.tsv
 * regions.txt periods.txt out.xlsx}, where items.tsv holds "code TAB unit TAB name" lines.
 */
public class GenerateValues {

	public static void main(String[] args) throws IOException {
		if (args.length != 5) {
			System.err.println("usage: GenerateValues ROWS items.tsv regions.txt periods.txt out.xlsx");
			System.exit(2);
		}
		int rows = Integer.parseInt(args[0]);
		List<String[]> items = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank())
			.map(line -> line.split("\t", -1))
			.toList();
		List<String> regions = lines(Path.of(args[2]));
		List<String> periods = lines(Path.of(args[3]));
		long possible = (long) items.size() * regions.size() * periods.size();
		if (possible < rows) {
			throw new IllegalArgumentException("Only " + possible + " distinct keys for " + rows + " rows");
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
				OutputStream out = Files.newOutputStream(Path.of(args[4]))) {
			SXSSFSheet sheet = workbook.createSheet("数据");
			sheet.createRow(0).createCell(0).setCellValue("Greenloop 已审核数据导入（基准测试）/ approved values, benchmark");
			pair(sheet.createRow(1), "来源", "bench/GenerateValues.java");
			pair(sheet.createRow(2), "行数", Integer.toString(rows));
			// row 3 blank, row 4 the header
			Row header = sheet.createRow(4);
			String[] headers = { "编号", "指标", "地区", "期间", "值", "单位", "备注" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			int written = 0;
			outer: for (String[] item : items) {
				for (String region : regions) {
					for (String period : periods) {
						if (written == rows) {
							break outer;
						}
						Row row = sheet.createRow(5 + written);
						row.createCell(0).setCellValue(item[0]);
						row.createCell(1).setCellValue(item.length > 2 ? item[2] : "");
						row.createCell(2).setCellValue(region);
						row.createCell(3).setCellValue(period);
						row.createCell(4).setCellValue(((written * 37L) % 10_000) / 100.0);
						if (item.length > 1 && !item[1].isEmpty()) {
							row.createCell(5).setCellValue(item[1]);
						}
						row.createCell(6).setCellValue("基准测试");
						written++;
					}
				}
			}
			workbook.write(out);
			System.out.println(written + " rows written to " + args[4]);
		}
	}

	private static void pair(Row row, String key, String value) {
		row.createCell(0).setCellValue(key);
		row.createCell(1).setCellValue(value);
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
	}

}
