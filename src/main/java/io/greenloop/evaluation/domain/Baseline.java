package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

/**
 * The base year (基期) and, when the plan gives one, the value in it.
 *
 * @param year the base year
 * @param value the level in that year; null when the plan prints none ("—"); must be null
 * or 0 for a change since the base year
 */
public record Baseline(int year, BigDecimal value) {

	public static Baseline of(int year, String value) {
		return new Baseline(year, new BigDecimal(value));
	}

	/** A base year without a printed value. */
	public static Baseline yearOnly(int year) {
		return new Baseline(year, null);
	}

}
