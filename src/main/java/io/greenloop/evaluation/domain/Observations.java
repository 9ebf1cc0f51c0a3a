package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The approved values of one target in one region, one per year, and what they are values
 * of. A cumulative decline can be reported as itself, as the indicator's level each year
 * (the decline is then computed from the base-year level), or as the yearly declines the
 * statistical bulletins publish ("比上年下降3.2%"), which are chained.
 *
 * @param basis what the values are
 * @param values year → value
 */
public record Observations(Basis basis, SortedMap<Integer, BigDecimal> values) {

	/** What the observed values are. */
	public enum Basis {

		/** The target's own measure: the level, or the cumulative change it states. */
		MEASURE,
		/** The indicator's level, from which a change since the base year is computed. */
		LEVEL,
		/**
		 * For a cumulative decline or increase: each year's change on the previous year,
		 * in percent, in the same sense as the target (a decline as a positive number).
		 */
		YEAR_ON_YEAR

	}

	public Observations {
		if (basis == null) {
			throw new IllegalArgumentException("观测值须说明口径 / observations need a basis");
		}
		values = Collections.unmodifiableSortedMap(new TreeMap<>((values != null) ? values : Map.of()));
		if (values.containsValue(null)) {
			throw new IllegalArgumentException("观测值不能为空，缺数的年份不列出 / leave a year out rather than give it no value");
		}
	}

	public static Observations of(Map<Integer, BigDecimal> values) {
		return new Observations(Basis.MEASURE, new TreeMap<>(values));
	}

	public static Observations levels(Map<Integer, BigDecimal> values) {
		return new Observations(Basis.LEVEL, new TreeMap<>(values));
	}

	public static Observations yearOnYear(Map<Integer, BigDecimal> values) {
		return new Observations(Basis.YEAR_ON_YEAR, new TreeMap<>(values));
	}

	public static Observations none() {
		return new Observations(Basis.MEASURE, null);
	}

}
