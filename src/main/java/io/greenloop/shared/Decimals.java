package io.greenloop.shared;

import java.math.BigDecimal;

/**
 * Decimal figures as people write them: no trailing zeros, and never in exponent form
 * (100, not 1E+2); and how large or fine a figure may be at all.
 */
public final class Decimals {

	/**
	 * The most digits a figure may have before its decimal point, and the most after it.
	 * Every real statistic fits with room to spare (GDP in yuan has 15 digits, a
	 * concentration in mg/m³ rarely more than 6 decimals), and PostgreSQL's numeric would
	 * take far more (131,072 and 16,383); the bound is there so that a crafted value such
	 * as 1E+1000000 is refused at once, rather than written out digit by digit for
	 * minutes.
	 */
	public static final int MAX_DIGITS = 40;

	private Decimals() {
	}

	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * Whether the figure has at most {@link #MAX_DIGITS} digits before its decimal point
	 * and at most as many after it, trailing zeros not counted. Cheap whatever the
	 * exponent: nothing is written out.
	 */
	public static boolean fits(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.precision() - stripped.scale() <= MAX_DIGITS && stripped.scale() <= MAX_DIGITS;
	}

}
