package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The Open SDG progress method (REFERENCE.md §8, after Statistics Canada and Eurostat),
 * so that results compare with what national SDG platforms publish. It rests on compound
 * annual growth rates, CAGR = (v₁/v₀)^(1/(t₁−t₀)) − 1, from the base year to the year
 * evaluated: with a target, their ratio to the rate the target requires (method 2);
 * without one, the rate itself (method 1). The target is achieved when the value reaches
 * it, checked first, as Open SDG does.
 * <p>
 * Where Greenloop differs from sdg-build, it says so in the explanation: a base value of
 * 0 makes the rate undefined and the status "not available" (sdg-build substitutes 0.001,
 * which Greenloop never does); a target of 0 (elimination) is checked for achievement but
 * progress is measured without it (method 1) for the same reason; the direction is always
 * the target's own (sdg-build defaults to "lower is better"). A cumulative change since
 * the base year is turned into an index of the level (base year = 100: 100 − decline, 100
 * + increase), since a change that starts at 0 has no growth rate; an absolute change has
 * no level and is not available.
 */
public final class OpenSdgMethod {

	/**
	 * Per-target settings of the method.
	 *
	 * @param baseYear the base year, if not the target's own (the first year with data
	 * from it on is used)
	 * @param limit a natural limit of the level (such as 100 for a rate), which relaxes
	 * the thresholds of method 1 near it; used for levels only
	 */
	public record Options(Integer baseYear, BigDecimal limit) {

		public static final Options NONE = new Options(null, null);

	}

	/**
	 * An indicator's status from the mean score of its series, as Open SDG aggregates.
	 */
	public record Summary(BigDecimal score, SdgStatus status) {
	}

	private final OpenSdgThresholds thresholds;

	public OpenSdgMethod() {
		this(OpenSdgThresholds.DEFAULTS);
	}

	public OpenSdgMethod(OpenSdgThresholds thresholds) {
		this.thresholds = thresholds;
	}

	public SdgEvaluation evaluate(TargetSpec spec, Observations observations, int year) {
		return evaluate(spec, observations, year, Options.NONE);
	}

	public SdgEvaluation evaluate(TargetSpec spec, Observations observations, int year, Options options) {
		SdgWork work = new SdgWork(year, spec.target().year());
		if (spec.comparison() == Comparison.MILESTONE || spec.measure() == MeasureKind.ABSOLUTE_CHANGE) {
			return work.unavailable("该目标没有可计算增长率的水平值（定性目标或绝对变化量）。",
					"The target has no level to take a growth rate of (a milestone or an absolute change).");
		}
		MeasureSeries series = MeasureSeries.of(spec, observations);
		if (series.problem() != null) {
			return work.unavailable(series.why().zh(), series.why().en());
		}
		DoubleUnaryOperator toLevel = toLevel(spec.measure(), work);
		SortedMap<Integer, Double> data = new TreeMap<>();
		series.upTo(year).forEach((y, v) -> data.put(y, toLevel.applyAsDouble(v)));
		Double current = data.get(year);
		Integer baseYear = baseYear(data, (options.baseYear() != null) ? options.baseYear() : series.baseYear());
		if (current == null || baseYear == null) {
			return work.unavailable(Phrase.fill("%d年或基年没有值。", year),
					Phrase.fill("There is no value for %d or for the base year.", year));
		}
		double base = data.get(baseYear);
		work.base(baseYear, base).current(current);
		Double target = target(spec, toLevel, base);
		Integer direction = direction(spec, base, target);
		if (direction == null) {
			return work.unavailable("目标没有方向，也无法从目标值看出方向。",
					"The target states no direction and its figure does not show one.");
		}
		work.direction(direction);
		if (target != null) {
			work.target(target);
			if ((direction > 0) ? Figures.compare(current, target) >= 0 : Figures.compare(current, target) <= 0) {
				return work.achieved();
			}
		}
		return progress(work, spec, baseYear, base, current, target, direction, options);
	}

	private SdgEvaluation progress(SdgWork work, TargetSpec spec, int baseYear, double base, double current,
			Double target, int direction, Options options) {
		int year = work.year;
		if (Figures.compare(base, 0) == 0) {
			return work.unavailable("基年值为0，增长率无定义（Open SDG 以0.001代替，本系统不代替）。",
					"The base value is 0, so the growth rate is undefined (Open SDG substitutes 0.001; Greenloop does"
							+ " not).");
		}
		if (Math.signum(base) != Math.signum(current)) {
			return work.unavailable("基年值与现值符号不同，增长率无定义。",
					"The base and current values differ in sign, so the growth rate is undefined.");
		}
		if (year - baseYear < 1) {
			return work.unavailable("至少需要两个年份的数据。", "At least two years of data are needed.");
		}
		int sign = (base < 0) ? -1 : 1;
		double observed = cagr(current, base, year - baseYear);
		work.observed(observed);
		boolean usable = target != null && Figures.compare(target, 0) != 0 && Math.signum(target) == Math.signum(base)
				&& Figures.compare(target, base) != 0;
		if (usable) {
			double required = cagr(target, base, work.targetYear - baseYear);
			double ratio = sign * direction * observed / Math.abs(required);
			return work.withTarget(required, ratio, SdgScore.withTarget(ratio, this.thresholds),
					SdgScore.scoreWithTarget(ratio, this.thresholds), this.thresholds);
		}
		if (target != null) {
			work.say("目标值为0、与基年值异号或相等，所需增长率无定义，按无目标方法评估。",
					"The target is 0, of the other sign or equal to the base value, so no rate is required of it;"
							+ " assessed without a target.");
		}
		double coefficient = 1;
		if (options.limit() != null && spec.measure() == MeasureKind.LEVEL) {
			coefficient = SdgScore.coefficient(base, options.limit().doubleValue(), this.thresholds.limitExponent());
			work.coefficient(coefficient, options.limit());
		}
		double growth = sign * direction * observed;
		return work.withoutTarget(growth, coefficient, SdgScore.withoutTarget(growth, coefficient, this.thresholds),
				SdgScore.scoreWithoutTarget(growth, coefficient, this.thresholds), this.thresholds);
	}

	/**
	 * The values rates are taken of: the level, or an index of it for a relative change.
	 */
	private static DoubleUnaryOperator toLevel(MeasureKind measure, SdgWork work) {
		if (measure.isRelative()) {
			work.say("累计变化换算为水平指数（基期 = 100）。",
					"The cumulative change is read as an index of the level (base year = 100).");
		}
		return switch (measure) {
			case DECLINE_FROM_BASE -> (v) -> 100 - v;
			case INCREASE_FROM_BASE -> (v) -> 100 + v;
			default -> DoubleUnaryOperator.identity();
		};
	}

	/** The requested base year or, without data in it, the next year with data. */
	private static Integer baseYear(SortedMap<Integer, Double> data, Integer requested) {
		if (requested == null) {
			return data.isEmpty() ? null : data.firstKey();
		}
		SortedMap<Integer, Double> from = data.tailMap(requested);
		return from.isEmpty() ? null : from.firstKey();
	}

	static double cagr(double value, double base, int years) {
		return StrictMath.pow(value / base, 1.0 / years) - 1;
	}

	/** The target in the index or level the rates are computed on, or null. */
	private static Double target(TargetSpec spec, DoubleUnaryOperator toLevel, double base) {
		TargetValue target = spec.target();
		return switch (spec.comparison()) {
			case GE, GT, LE, LT, EQ, APPROX -> toLevel.applyAsDouble(target.value().doubleValue());
			case ELIMINATE -> 0.0;
			case ASSIGNED -> spec.assigned().containsKey(target.year())
					? toLevel.applyAsDouble(spec.assigned().get(target.year()).doubleValue()) : null;
			case RANGE -> {
				double low = toLevel.applyAsDouble(target.value().doubleValue());
				double high = toLevel.applyAsDouble(target.upper().doubleValue());
				if (spec.direction() != null) {
					yield (spec.direction() == Direction.HIGHER_IS_BETTER) ? low : high;
				}
				yield (Math.abs(low - base) <= Math.abs(high - base)) ? low : high;
			}
			default -> null;
		};
	}

	/**
	 * +1 or −1 for the index or level; a decline's "higher is better" is a falling level.
	 */
	private static Integer direction(TargetSpec spec, double base, Double target) {
		Direction stated = spec.effectiveDirection();
		if (stated != null) {
			return (spec.measure() == MeasureKind.DECLINE_FROM_BASE) ? -stated.sign() : stated.sign();
		}
		if (target == null || Figures.compare(target, base) == 0) {
			return null;
		}
		return (target > base) ? 1 : -1;
	}

	/**
	 * Open SDG's indicator status: the mean score of its series, achieved only if all
	 * are.
	 */
	public static Summary summarise(List<SdgEvaluation> series) {
		List<SdgEvaluation> scored = new ArrayList<>(series.stream().filter((s) -> s.score() != null).toList());
		if (scored.isEmpty()) {
			return new Summary(null, SdgStatus.NOT_AVAILABLE);
		}
		double mean = scored.stream().mapToDouble((s) -> s.score().doubleValue()).average().orElseThrow();
		boolean achieved = scored.stream().allMatch((s) -> s.status() == SdgStatus.TARGET_ACHIEVED);
		return new Summary(Figures.decimal(mean), achieved ? SdgStatus.TARGET_ACHIEVED : SdgScore.fromScore(mean));
	}

}
