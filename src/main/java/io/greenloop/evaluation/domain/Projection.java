package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The value the trend of the observations points to in the target year: a least-squares
 * line through every available year (and the baseline), not a line through the first and
 * last year, so that one odd year moves it less. On a compound trajectory the line is
 * fitted to the logarithm of the level, that is a constant annual rate.
 *
 * @param year the target year
 * @param value the projected value of the measure
 * @param method how the trend was fitted
 * @param annualChange the slope: units a year for a line, the yearly rate of the level
 * for a constant rate (−0.03 = −3% a year)
 * @param points the values the trend was fitted to, year → value of the measure
 * @param meetsTarget whether the projected value meets the target; null where the target
 * has no figure for that year
 */
public record Projection(int year, BigDecimal value, Method method, BigDecimal annualChange,
		SortedMap<Integer, BigDecimal> points, Boolean meetsTarget) {

	/** How the trend was fitted. */
	public enum Method {

		/** Ordinary least squares on the values. */
		LEAST_SQUARES_LINE,
		/**
		 * Ordinary least squares on the logarithm of the level: a constant annual rate.
		 */
		LEAST_SQUARES_CONSTANT_RATE

	}

	public Projection {
		points = Collections.unmodifiableSortedMap(new TreeMap<>(points));
	}

	Projection meeting(Boolean meets) {
		return new Projection(this.year, this.value, this.method, this.annualChange, this.points, meets);
	}

}
