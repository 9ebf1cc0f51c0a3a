package io.greenloop.evaluation.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a page shows them: rounded to what a reader can take in (two decimals, three
 * significant digits below one), without trailing zeros; the stored figures keep their
 * precision and the API answers them whole.
 */
final class Shown {

	private Shown() {
	}

	/** The number for reading, or null for none. */
	static String number(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.abs().compareTo(BigDecimal.ONE) >= 0 ? value.setScale(2, RoundingMode.HALF_UP)
				: value.round(new MathContext(3, RoundingMode.HALF_UP));
		return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
	}

	/** A share (0.6) as a whole percentage (60), or null for none. */
	static Integer percent(BigDecimal share) {
		return share == null ? null
				: share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
