package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The observations turned into the target's measure, with the baseline in that measure. A
 * level is itself. A change since the base year is 0 in the base year by definition
 * (whatever was observed there), and is derived from levels, which needs a positive
 * base-year level for a percentage, or from chained yearly changes, which needs every
 * year since the base year. What cannot be derived is said, not patched.
 */
final class MeasureSeries {

	private final TargetSpec spec;

	private final Observations observations;

	private final SortedMap<Integer, Double> values;

	private final Double baseline;

	private final Status problem;

	private final Explanation why;

	private MeasureSeries(TargetSpec spec, Observations observations, SortedMap<Integer, Double> values,
			Double baseline, Status problem, Explanation why) {
		this.spec = spec;
		this.observations = observations;
		this.values = values;
		this.baseline = baseline;
		this.problem = problem;
		this.why = why;
	}

	static MeasureSeries of(TargetSpec spec, Observations observations) {
		MeasureKind measure = spec.measure();
		Observations.Basis basis = observations.basis();
		if (basis == Observations.Basis.YEAR_ON_YEAR && !measure.isRelative()) {
			throw new IllegalArgumentException(
					"同比数据只能用于累计下降或增长 / yearly changes only make a cumulative decline or increase");
		}
		if (basis == Observations.Basis.LEVEL && measure.isChange()) {
			MeasureSeries failure = checkBaseLevel(spec, observations);
			if (failure != null) {
				return failure;
			}
		}
		SortedMap<Integer, Double> values = derive(spec, observations);
		Double baseline = measure.isChange() ? Double.valueOf(0) : levelBaseline(spec, values);
		return new MeasureSeries(spec, observations, values, baseline, null, null);
	}

	/**
	 * A change from levels needs the base-year level, and a positive one for a
	 * percentage.
	 */
	private static MeasureSeries checkBaseLevel(TargetSpec spec, Observations observations) {
		int baseYear = spec.baseline().year();
		BigDecimal baseLevel = observations.values().get(baseYear);
		if (baseLevel == null) {
			return failed(spec, observations, Status.NO_DATA,
					new Explanation(Phrase.fill("缺少基期年（%d）的水平值，无法换算相对基期的变化。", baseYear), Phrase.fill(
							"The level of the base year %d is missing, so the change since then cannot be computed.",
							baseYear)));
		}
		if (spec.measure().isRelative() && baseLevel.signum() <= 0) {
			return failed(spec, observations, Status.NEEDS_JUDGEMENT,
					new Explanation(Phrase.fill("基期水平为%s，相对它的百分比变化没有意义，需人工评定。", baseLevel.toPlainString()), Phrase.fill(
							"The base-year level is %s; a percentage change from it is meaningless, so a person must",
							baseLevel.toPlainString()) + " judge."));
		}
		return null;
	}

	private static SortedMap<Integer, Double> derive(TargetSpec spec, Observations observations) {
		MeasureKind measure = spec.measure();
		SortedMap<Integer, Double> values = new TreeMap<>();
		if (observations.basis() == Observations.Basis.MEASURE || measure == MeasureKind.LEVEL) {
			observations.values().forEach((year, value) -> values.put(year, value.doubleValue()));
			if (measure.isChange()) {
				values.put(spec.baseline().year(), 0.0);
			}
			return values;
		}
		int baseYear = spec.baseline().year();
		if (observations.basis() == Observations.Basis.LEVEL) {
			fromLevels(measure, baseYear, observations.values().get(baseYear).doubleValue(), observations.values(),
					values);
		}
		else {
			chain(measure, baseYear, observations.values(), values);
		}
		values.put(baseYear, 0.0);
		return values;
	}

	private static MeasureSeries failed(TargetSpec spec, Observations observations, Status problem, Explanation why) {
		return new MeasureSeries(spec, observations, new TreeMap<>(), null, problem, why);
	}

	private static Double levelBaseline(TargetSpec spec, SortedMap<Integer, Double> values) {
		if (spec.baseline() == null) {
			return null;
		}
		return (spec.baseline().value() != null) ? Double.valueOf(spec.baseline().value().doubleValue())
				: values.get(spec.baseline().year());
	}

	private static void fromLevels(MeasureKind measure, int baseYear, double base, Map<Integer, BigDecimal> levels,
			SortedMap<Integer, Double> values) {
		levels.forEach((year, level) -> {
			if (year >= baseYear) {
				double x = level.doubleValue();
				values.put(year, switch (measure) {
					case DECLINE_FROM_BASE -> (base - x) / base * 100;
					case INCREASE_FROM_BASE -> (x - base) / base * 100;
					default -> x - base;
				});
			}
		});
	}

	private static void chain(MeasureKind measure, int baseYear, SortedMap<Integer, BigDecimal> changes,
			SortedMap<Integer, Double> values) {
		double level = 1;
		for (int year = baseYear + 1; changes.containsKey(year); year++) {
			double change = changes.get(year).doubleValue() / 100;
			level *= (measure == MeasureKind.DECLINE_FROM_BASE) ? 1 - change : 1 + change;
			values.put(year, (measure == MeasureKind.DECLINE_FROM_BASE) ? (1 - level) * 100 : (level - 1) * 100);
		}
	}

	/** Why the measure could not be derived at all, or null. */
	Status problem() {
		return this.problem;
	}

	Explanation why() {
		return this.why;
	}

	/** The measure in the year, or null. */
	Double at(int year) {
		return this.values.get(year);
	}

	/** The measure at the base year: the printed or observed level, 0 for a change. */
	Double baseline() {
		return this.baseline;
	}

	Integer baseYear() {
		return (this.spec.baseline() != null) ? this.spec.baseline().year() : null;
	}

	/**
	 * The points a trend is fitted to: the baseline and the values from the base year to
	 * the year.
	 */
	SortedMap<Integer, Double> upTo(int year) {
		SortedMap<Integer, Double> points = new TreeMap<>(this.values.headMap(year + 1));
		Integer baseYear = baseYear();
		if (baseYear != null) {
			points = new TreeMap<>(points.tailMap(baseYear));
			if (this.baseline != null && baseYear <= year) {
				points.putIfAbsent(baseYear, this.baseline);
			}
		}
		return points;
	}

	/**
	 * Records the baseline, and how the year's value was derived, with the sources used.
	 */
	void describe(int year, Draft draft) {
		Integer baseYear = baseYear();
		if (this.spec.measure().isChange()) {
			draft.input(Input.Role.BASELINE, baseYear, BigDecimal.ZERO)
				.say(Phrase.fill("相对基期（%d年）的变化在基期为0。", baseYear),
						Phrase.fill("A change since the base year %d is 0 in that year.", baseYear));
		}
		else if (this.baseline != null) {
			boolean printed = this.spec.baseline().value() != null;
			draft.input(Input.Role.BASELINE, baseYear, this.baseline)
				.say(Phrase.fill("基期%d年值%s（%s）。", baseYear, Figures.text(this.baseline), printed ? "规划给出" : "观测值"),
						Phrase.fill("Baseline %s in %d (%s).", Figures.text(this.baseline), baseYear,
								printed ? "stated by the plan" : "observed"));
		}
		if (this.at(year) == null || this.observations.basis() == Observations.Basis.MEASURE
				|| !this.spec.measure().isChange() || year <= baseYear) {
			return;
		}
		derivation(year, baseYear, draft);
	}

	private void derivation(int year, int baseYear, Draft draft) {
		String v = Figures.text(at(year));
		if (this.observations.basis() == Observations.Basis.LEVEL) {
			String l0 = this.observations.values().get(baseYear).toPlainString();
			String lt = this.observations.values().get(year).toPlainString();
			draft.input(Input.Role.SOURCE, baseYear, this.observations.values().get(baseYear))
				.input(Input.Role.SOURCE, year, this.observations.values().get(year));
			String formula = switch (this.spec.measure()) {
				case DECLINE_FROM_BASE -> Phrase.fill("(%s − %s) / %s × 100 = %s%%", l0, lt, l0, v);
				case INCREASE_FROM_BASE -> Phrase.fill("(%s − %s) / %s × 100 = %s%%", lt, l0, l0, v);
				default -> Phrase.fill("%s − %s = %s", lt, l0, v);
			};
			draft.say("由水平值换算：" + formula + "。", "From the levels: " + formula + ".");
			return;
		}
		boolean decline = this.spec.measure() == MeasureKind.DECLINE_FROM_BASE;
		StringJoiner factors = new StringJoiner("");
		List<Input> used = new ArrayList<>();
		for (int y = baseYear + 1; y <= year; y++) {
			BigDecimal change = this.observations.values().get(y);
			factors.add(Phrase.fill("(1 %s %s%%)", decline ? "−" : "+", change.toPlainString()));
			used.add(new Input(Input.Role.SOURCE, y, change));
		}
		used.forEach((input) -> draft.input(input.role(), input.year(), input.value()));
		String formula = decline ? "1 − " + factors + " = " + v + "%" : factors + " − 1 = " + v + "%";
		draft.say("由逐年同比连乘：" + formula + "。", "Chained from the yearly changes: " + formula + ".");
	}

	/** Says why there is no value for the year. */
	void describeMissing(int year, Draft draft) {
		Integer baseYear = baseYear();
		if (this.observations.basis() == Observations.Basis.YEAR_ON_YEAR && baseYear != null && year > baseYear) {
			draft.say(Phrase.fill("同比数据须从%d年起逐年连续，缺年则其后无法连乘。", baseYear + 1),
					Phrase.fill("Yearly changes must run without a gap from %d; after a gap they cannot be chained.",
							baseYear + 1));
		}
	}

}
