package io.greenloop.shared;

import java.math.BigDecimal;

/**
 * Decimal figures as people write them: no trailing zeros, and never in exponent form
 * (100, not 1E+2).
 */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
