package io.greenloop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of approved values as an administrator types it for the bulk import: the
 * header 编号, 地区, 期间, 值, 单位, 备注 in the first row, then the rows.
 */
public final class ValuesWorkbook {

	public static final Object[] HEADER = { "编号", "地区", "期间", "值", "单位", "备注" };

	private ValuesWorkbook() {
	}

	public static byte[] of(Object[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("数据");
			write(sheet.createRow(0), HEADER);
			for (int i = 0; i < rows.length; i++) {
				write(sheet.createRow(i + 1), rows[i]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row: item, region, period, value, unit, note. */
	public static Object[] row(String code, String region, String period, Object value, String unit, String note) {
		return new Object[] { code, region, period, value, unit, note };
	}

	private static void write(Row row, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

}
