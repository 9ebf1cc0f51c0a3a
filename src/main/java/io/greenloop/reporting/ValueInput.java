package io.greenloop.reporting;

/**
 * A value as a person typed it, in a page, a workbook or an API call: text, so that "abc"
 * can be refused with a reason rather than lost.
 *
 * @param itemCode the target's or series' code
 * @param value the figure (or, for a milestone, the text)
 * @param numerator the numerator of a rate, if reported
 * @param denominator the denominator of a rate, if reported
 * @param unit the unit, if the person stated one
 * @param note a note
 */
public record ValueInput(String itemCode, String value, String numerator, String denominator, String unit,
		String note) {

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public ValueInput {
		value = blankToNull(value);
		numerator = blankToNull(numerator);
		denominator = blankToNull(denominator);
		unit = blankToNull(unit);
		note = blankToNull(note);
	}

}
