package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers at the edges of the engine. Figures arrive as {@code BigDecimal}; the
 * arithmetic runs in {@code double} because the trajectories and projections need
 * fractional powers and logarithms, which {@code BigDecimal} does not have, and because
 * 15 significant digits are far beyond the three or four the data carry. It is
 * reproducible: Java 17 evaluates {@code double} arithmetic strictly (JEP 306), and only
 * {@link StrictMath} is used for powers and logarithms. Results leave as
 * {@code BigDecimal} rounded to 10 significant digits, and comparisons with a figure are
 * made at that precision, so that a decline of 15.4999999999 computed from levels meets a
 * target of 15.5.
 */
final class Figures {

	private static final MathContext RESULT = new MathContext(10, RoundingMode.HALF_EVEN);

	private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

	private Figures() {
	}

	static BigDecimal decimal(double value) {
		if (!Double.isFinite(value)) {
			throw new ArithmeticException("not a finite number: " + value);
		}
		return tidy(new BigDecimal(value).round(RESULT));
	}

	static BigDecimal decimal(Double value) {
		return (value != null) ? decimal(value.doubleValue()) : null;
	}

	/** Compares at the precision of results. */
	static int compare(double a, double b) {
		return decimal(a).compareTo(decimal(b));
	}

	/** A number for an explanation: six significant digits, plain. */
	static String text(double value) {
		return tidy(new BigDecimal(value).round(SHOWN)).toPlainString();
	}

	/** A share as a percentage for an explanation, one decimal. */
	static String percent(double share) {
		return tidy(new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_EVEN)).toPlainString() + "%";
	}

	/** A yearly rate as a signed percentage for an explanation, two decimals. */
	static String rate(double rate) {
		return tidy(new BigDecimal(rate * 100).setScale(2, RoundingMode.HALF_EVEN)).toPlainString() + "%";
	}

	/** A difference of shares in percentage points, one decimal. */
	static String points(double share) {
		return tidy(new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_EVEN)).toPlainString();
	}

	private static BigDecimal tidy(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
