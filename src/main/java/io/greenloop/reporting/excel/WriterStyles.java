package io.greenloop.reporting.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The few styles a written workbook uses, created once: a workbook holds at most 64,000
 * styles, so a style per cell would break on large exports.
 */
final class WriterStyles {

	/** Excel's own "good" green. */
	static final byte[] LIGHT_GREEN = { (byte) 0xC6, (byte) 0xEF, (byte) 0xCE };

	/** Excel's own "bad" red. */
	static final byte[] LIGHT_RED = { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE };

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle number;

	WriterStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.title = workbook.createCellStyle();
		this.title.setFont(bold);
		this.header = filled(workbook, LIGHT_GREEN);
		this.header.setFont(bold);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setWrapText(true);
		this.text = workbook.createCellStyle();
		this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		this.number = workbook.createCellStyle();
	}

	/** A new style filled with an RGB colour. */
	static CellStyle filled(Workbook workbook, byte[] rgb) {
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.setFillForegroundColor(new XSSFColor(rgb, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	CellStyle title() {
		return this.title;
	}

	CellStyle header() {
		return this.header;
	}

	CellStyle text() {
		return this.text;
	}

	CellStyle number() {
		return this.number;
	}

}
