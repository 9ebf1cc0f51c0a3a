package io.greenloop.reporting.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.greenloop.shared.Decimals;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a cell element's type, style and raw value into the value a person sees. Numbers
 * are taken from the XML text itself, not through a double, so that 63.68 stays exactly
 * 63.68; the display format is ignored except for dates, which would otherwise read as
 * serial numbers like 45930. A number out of range ({@link Decimals#fits}) is read as its
 * text.
 */
final class CellDecoder {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	/**
	 * The longest number text parsed: Excel writes at most 17 significant digits and an
	 * exponent (some 25 characters), and a figure of {@link Decimals#MAX_DIGITS} digits
	 * before and after its point needs fewer than 90.
	 */
	private static final int LONGEST_NUMBER = 200;

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private final Map<Integer, Boolean> textStyles = new HashMap<>();

	/**
	 * @param styles the workbook's styles, or {@code null} if it has none
	 */
	CellDecoder(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * @param type the cell's t attribute, {@code null} for a number
	 * @param style the cell's s attribute, {@code null} for the default style
	 * @param raw the text of the v element, or of the inline string
	 */
	RawCell decode(int column, String ref, String type, String style, String raw) {
		String value = (raw != null) ? raw : "";
		if (type == null || "n".equals(type)) {
			return number(column, ref, style, value);
		}
		Cell cell = switch (type) {
			case "s" ->
				text(ref, value.isBlank() ? "" : this.strings.getItemAt(Integer.parseInt(value.strip())).getString());
			case "b" -> value.isBlank() ? Cell.blank(ref) : new Cell(ref, CellKind.BOOLEAN, bool(value), null);
			case "e" -> value.isBlank() ? Cell.blank(ref) : new Cell(ref, CellKind.ERROR, value.strip(), null);
			default -> text(ref, value);
		};
		return new RawCell(column, cell, false);
	}

	/**
	 * Whether the style formats its cells as text ("@"), keeping "003" from becoming 3.
	 */
	boolean isTextStyle(String style) {
		return is(style, this.textStyles,
				(format) -> format.getDataFormat() == 49 || "@".equals(format.getDataFormatString()));
	}

	/**
	 * A number cell. One that is no number, or whose value is out of range, comes back as
	 * its text, which the TYPE rule refuses with the cell's address: nothing else the
	 * reader does depends on it.
	 */
	private RawCell number(int column, String ref, String style, String value) {
		if (value.isBlank()) {
			return new RawCell(column, Cell.blank(ref), false);
		}
		BigDecimal number = inRange(value.strip());
		if (number == null) {
			return new RawCell(column, text(ref, value), false);
		}
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		boolean date = isDateStyle(style) && DateUtil.isValidExcelDate(number.doubleValue());
		String text = date ? dateText(number.doubleValue()) : number.stripTrailingZeros().toPlainString();
		return new RawCell(column, new Cell(ref, CellKind.NUMBER, text, number), date);
	}

	/**
	 * The number, if the text is one with at most {@link Decimals#MAX_DIGITS} digits
	 * before and after its point. Checked before anything is written out: a crafted
	 * {@code <v>1E+1000000</v>} would otherwise take minutes to turn into its million
	 * digits, and a {@code <v>} of a million digits seconds to parse.
	 */
	private static BigDecimal inRange(String text) {
		if (text.length() > LONGEST_NUMBER) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text);
			return Decimals.fits(number) ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private boolean isDateStyle(String style) {
		return is(style, this.dateStyles,
				(format) -> DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString()));
	}

	private boolean is(String style, Map<Integer, Boolean> known, Predicate<XSSFCellStyle> test) {
		if (this.styles == null || style == null || style.isBlank()) {
			return false;
		}
		return known.computeIfAbsent(Integer.valueOf(style.strip()), (index) -> {
			XSSFCellStyle format = (index < this.styles.getNumCellStyles()) ? this.styles.getStyleAt(index) : null;
			return format != null && test.test(format);
		});
	}

	private String dateText(double serial) {
		LocalDateTime value = DateUtil.getLocalDateTime(serial, this.date1904);
		if (serial < 1) {
			return value.toLocalTime().format(TIME);
		}
		return (value.toLocalTime().toSecondOfDay() == 0) ? value.toLocalDate().toString() : value.format(DATE_TIME);
	}

	private static String bool(String value) {
		String stripped = value.strip();
		return ("1".equals(stripped) || "true".equalsIgnoreCase(stripped)) ? "TRUE" : "FALSE";
	}

	/**
	 * Text trimmed of all kinds of spaces, including the ideographic and non-breaking
	 * ones that pasted text carries; nothing left means blank.
	 */
	private static Cell text(String ref, String value) {
		String stripped = value.replace('\u00a0', ' ').strip();
		return stripped.isEmpty() ? Cell.blank(ref) : new Cell(ref, CellKind.TEXT, stripped, null);
	}

}
