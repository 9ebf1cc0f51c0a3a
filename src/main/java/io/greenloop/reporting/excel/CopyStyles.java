package io.greenloop.reporting.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of an annotated copy, each made once and shared by every cell that needs it:
 * plain or marked light red, combined with the text or date format the original cell
 * needs to look and behave the same.
 */
final class CopyStyles {

	private static final String GENERAL = "General";

	private final Workbook workbook;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final CellStyle problemHeader;

	private final CellStyle problemText;

	CopyStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.problemHeader = WriterStyles.filled(workbook, WriterStyles.LIGHT_RED);
		this.problemHeader.setFont(bold);
		Font red = workbook.createFont();
		red.setColor(Font.COLOR_RED);
		this.problemText = workbook.createCellStyle();
		this.problemText.setFont(red);
		this.problemText.setWrapText(true);
	}

	/**
	 * The style for a copied cell, or {@code null} where the default does.
	 * @param marked whether the cell has a problem
	 * @param textColumn whether the original column is formatted as text
	 * @param date for a number shown as a date, its text, which tells a date from a date
	 * and time or a time; otherwise {@code null}
	 */
	CellStyle cell(boolean marked, boolean textColumn, String date) {
		String format = (date != null) ? dateFormat(date) : (textColumn ? "@" : GENERAL);
		if (!marked && GENERAL.equals(format)) {
			return null;
		}
		return this.styles.computeIfAbsent(marked + format, (key) -> create(marked, format));
	}

	CellStyle problemHeader() {
		return this.problemHeader;
	}

	CellStyle problemText() {
		return this.problemText;
	}

	private CellStyle create(boolean marked, String format) {
		CellStyle style = marked ? WriterStyles.filled(this.workbook, WriterStyles.LIGHT_RED)
				: this.workbook.createCellStyle();
		if (!GENERAL.equals(format)) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	private static String dateFormat(String text) {
		if (text.contains(" ")) {
			return "yyyy-mm-dd hh:mm:ss";
		}
		return text.contains(":") ? "hh:mm:ss" : "yyyy-mm-dd";
	}

}
