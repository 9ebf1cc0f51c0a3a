import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the workbooks of bench/evaluation.sh: a yearly value of every target given, in
 * every region given, for every year from FIRST to LAST, as approved values for
 * {@code POST /api/values/import}, split into workbooks of at most ROWS_PER_WORKBOOK rows
 * (the import reads at most 100,000 rows per workbook). The layout is the values export
 * of bench/GenerateValues.java: a title, key/value preamble lines, a blank row, then the
 * header 编号 | 指标 | 地区 | 期间 | 值 | 单位 | 备注 and the rows.
 * <p>
 * Values are plausible, so that the evaluation sees a mix of statuses: each target moves
 * from a start to an end figure over the years (a change since the base year from 0 to
 * the target; a level from its printed baseline, or from 80 % of the target, to the
 * target; a target to eliminate from 10 to 0), and each (target, region) covers a share
 * of that way between 50 % and 120 %, fixed by a hash of the two codes. Percentages of a
 * level stay within 0–100 (the PERCENT_RANGE rule), levels stay at or above 0, figures have
 * two decimals.
 * <p>
 * Usage: {@code java -cp <POI classpath> bench/GenerateEvaluationValues.java items.tsv
 * regions.txt FIRST LAST ROWS_PER_WORKBOOK out-prefix}, where items.tsv holds lines
 * "code TAB unit TAB name TAB measure TAB comparator TAB direction TAB baseline TAB target
 * TAB upper" (empty for a figure the target does not have). Writes out-prefix-1.xlsx,
 * out-prefix-2.xlsx, … and prints one line per workbook: its path and its rows.
 */
public class GenerateEvaluationValues {

	public static void main(String[] args) throws IOException {
		if (args.length != 6) {
			System.err.println("usage: GenerateEvaluationValues items.tsv regions.txt FIRST LAST ROWS_PER_WORKBOOK "
					+ "out-prefix");
			System.exit(2);
		}
		List<String[]> items = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank())
			.map(line -> line.split("\t", -1))
			.toList();
		List<String> regions = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		int first = Integer.parseInt(args[2]);
		int last = Integer.parseInt(args[3]);
		int perWorkbook = Integer.parseInt(args[4]);
		if (perWorkbook < 1 || perWorkbook >= 100_000) {
			throw new IllegalArgumentException("ROWS_PER_WORKBOOK must be 1–99,999, not " + perWorkbook);
		}
		String prefix = args[5];
		long total = (long) items.size() * regions.size() * (last - first + 1);
		int books = (int) ((total + perWorkbook - 1) / perWorkbook);

		Writer writer = null;
		int book = 0;
		for (String[] item : items) {
			for (String region : regions) {
				double share = 0.5 + 0.7 * (Math.floorMod((item[0] + "/" + region).hashCode(), 1000) / 999.0);
				for (int year = first; year <= last; year++) {
					if (writer == null || writer.rows == perWorkbook) {
						if (writer != null) {
							writer.close();
						}
						writer = new Writer(Path.of(prefix + "-" + (++book) + ".xlsx"), book, books);
					}
					double progress = last == first ? 1 : (year - first) / (double) (last - first);
					writer.row(item, region, Integer.toString(year), value(item, progress * share));
				}
			}
		}
		if (writer != null) {
			writer.close();
		}
	}

	/** The item's figure after the share of the way from its start to its end. */
	static BigDecimal value(String[] item, double share) {
		String unit = item[1];
		String measure = item[3];
		String comparator = item[4];
		String direction = item[5];
		Double baseline = number(item[6]);
		Double target = number(item[7]);
		Double upper = number(item[8]);
		boolean change = measure.endsWith("_CHANGE") || measure.endsWith("_FROM_BASE");
		double start;
		double end;
		if ("ELIMINATE".equals(comparator)) {
			start = 10;
			end = 0;
		}
		else if (change) {
			start = 0;
			end = target != null ? target : 10;
		}
		else {
			end = target == null ? 60 : upper != null ? (target + upper) / 2 : target;
			start = baseline != null ? baseline
					: "LOWER_IS_BETTER".equals(direction) ? end * 1.25 : target == null ? 50 : end * 0.8;
		}
		double value = start + (end - start) * share;
		if (!change) {
			value = Math.max(0, value);
			if ("%".equals(unit)) {
				value = Math.min(100, value);
			}
		}
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static Double number(String text) {
		return text == null || text.isBlank() ? null : Double.valueOf(text);
	}

	/** One workbook being written. */
	static final class Writer {

		private final Path path;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);

		private final SXSSFSheet sheet;

		int rows;

		Writer(Path path, int book, int books) {
			this.path = path;
			this.sheet = this.workbook.createSheet("数据");
			this.sheet.createRow(0).createCell(0).setCellValue("Greenloop 已审核数据导入（评估基准测试）/ approved values, evaluation benchmark");
			pair(this.sheet.createRow(1), "来源", "bench/GenerateEvaluationValues.java");
			pair(this.sheet.createRow(2), "工作簿", book + "/" + books);
			// row 3 blank, row 4 the header
			Row header = this.sheet.createRow(4);
			String[] headers = { "编号", "指标", "地区", "期间", "值", "单位", "备注" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
		}

		void row(String[] item, String region, String period, BigDecimal value) {
			Row row = this.sheet.createRow(5 + this.rows);
			row.createCell(0).setCellValue(item[0]);
			row.createCell(1).setCellValue(item[2]);
			row.createCell(2).setCellValue(region);
			row.createCell(3).setCellValue(period);
			row.createCell(4).setCellValue(value.doubleValue());
			if (!item[1].isEmpty()) {
				row.createCell(5).setCellValue(item[1]);
			}
			row.createCell(6).setCellValue("基准测试");
			this.rows++;
		}

		void close() throws IOException {
			try (OutputStream out = Files.newOutputStream(this.path)) {
				this.workbook.write(out);
			}
			this.workbook.close();
			System.out.println(this.path + "\t" + this.rows);
		}

		private static void pair(Row row, String key, String value) {
			row.createCell(0).setCellValue(key);
			row.createCell(1).setCellValue(value);
		}

	}

}
