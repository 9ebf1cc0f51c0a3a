package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * How numbers are read from what a department typed and written back into messages. One
 * definition keeps the TYPE rule and the parsing of reported values from disagreeing.
 */
final class DecimalText {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	/** Enough digits for any reported figure, few enough for a computed ratio. */
	private static final MathContext SHOWN = new MathContext(10);

	private DecimalText() {
	}

	/**
	 * A plain decimal such as "60", "-3.5" or full-width "６０．５"; null for anything else,
	 * including "12,5" (comma or thousands separator?), "60%" and "1e3".
	 */
	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String halfWidth = UnitText.halfWidth(text).strip();
		return PLAIN_DECIMAL.matcher(halfWidth).matches() ? new BigDecimal(halfWidth) : null;
	}

	/** "120" rather than "120.00" or "1.2E+2"; computed values cut to ten digits. */
	static String format(BigDecimal number) {
		if (number == null) {
			return "—";
		}
		BigDecimal shown = number.round(SHOWN).stripTrailingZeros();
		return (shown.signum() == 0) ? "0" : shown.toPlainString();
	}

}
