package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

import io.greenloop.shared.Decimals;

/**
 * How numbers are read from what a department typed and written back into messages. One
 * definition keeps the TYPE rule and the parsing of reported values from disagreeing.
 */
final class DecimalText {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	/** A number as a program may write it, exponent included: "1E+100000". */
	private static final Pattern ANY_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

	/**
	 * The longest text read as a number: a figure within {@link Decimals#MAX_DIGITS}
	 * needs fewer than 90 characters, and nothing longer is handed to BigDecimal, whose
	 * reading of a million digits takes seconds.
	 */
	private static final int LONGEST = 200;

	/** How much of a typed text a message quotes. */
	private static final int QUOTED = 40;

	/** Enough digits for any reported figure, few enough for a computed ratio. */
	private static final MathContext SHOWN = new MathContext(10);

	private DecimalText() {
	}

	/**
	 * A plain decimal such as "60", "-3.5" or full-width "６０．５"; null for anything else,
	 * including "12,5" (comma or thousands separator?), "60%", "1e3" and a figure out of
	 * range ({@link #isOutOfRange}).
	 */
	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String halfWidth = UnitText.halfWidth(text).strip();
		if (halfWidth.length() > LONGEST || !PLAIN_DECIMAL.matcher(halfWidth).matches()) {
			return null;
		}
		BigDecimal number = new BigDecimal(halfWidth);
		return Decimals.fits(number) ? number : null;
	}

	/**
	 * Whether the text is written as a number, plainly or with an exponent, but has more
	 * than {@link Decimals#MAX_DIGITS} digits before or after its decimal point.
	 */
	static boolean isOutOfRange(String text) {
		if (text == null) {
			return false;
		}
		String halfWidth = UnitText.halfWidth(text).strip();
		if (!ANY_DECIMAL.matcher(halfWidth).matches()) {
			return false;
		}
		if (halfWidth.length() > LONGEST) {
			return true;
		}
		try {
			return !Decimals.fits(new BigDecimal(halfWidth));
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	/** "120" rather than "120.00" or "1.2E+2"; computed values cut to ten digits. */
	static String format(BigDecimal number) {
		if (number == null) {
			return "—";
		}
		BigDecimal shown = number.round(SHOWN).stripTrailingZeros();
		return (shown.signum() == 0) ? "0" : shown.toPlainString();
	}

	/**
	 * A typed text as a message quotes it: trimmed, and cut to 40 characters with "…", so
	 * that a pasted page does not become the message.
	 */
	static String quoted(String text) {
		String stripped = text.strip();
		if (stripped.length() <= QUOTED) {
			return stripped;
		}
		int end = Character.isHighSurrogate(stripped.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
		return stripped.substring(0, end) + "…";
	}

}
