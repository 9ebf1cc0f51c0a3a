package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

/**
 * The figure to reach (目标值) and its due year.
 *
 * @param year the year it is due
 * @param value the figure, or the lower bound of a range; null for comparisons without a
 * figure
 * @param upper the upper bound of a range, otherwise null
 */
public record TargetValue(int year, BigDecimal value, BigDecimal upper) {

	public static TargetValue of(int year, String value) {
		return new TargetValue(year, new BigDecimal(value), null);
	}

	public static TargetValue range(int year, String low, String high) {
		return new TargetValue(year, new BigDecimal(low), new BigDecimal(high));
	}

	/** A due year without a figure: elimination, negative growth, milestones… */
	public static TargetValue due(int year) {
		return new TargetValue(year, null, null);
	}

}
