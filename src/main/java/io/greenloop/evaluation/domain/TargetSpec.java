package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One target as the engine needs it, free of the catalogue's wording: how it is met,
 * which way is better, what the figure measures, from which baseline to which figure and
 * along which trajectory. Construction checks that the parts fit together and refuses,
 * listing every problem, when they do not; nothing is assumed to fill a gap.
 *
 * @param comparison how the figure is met
 * @param direction which way is better; null only where the comparison does not need it
 * @param measure the level, or a change since the base year
 * @param baseline the base year and value; required for a change since the base year
 * @param target the figure and its due year
 * @param shape the trajectory from baseline to target
 * @param tolerance for {@link Comparison#APPROX}: how far from the figure still counts,
 * in the figure's unit; null to use the relative default of {@link Thresholds}
 * @param assigned for {@link Comparison#ASSIGNED}: the figure set for each year
 */
public record TargetSpec(Comparison comparison, Direction direction, MeasureKind measure, Baseline baseline,
		TargetValue target, TrajectoryShape shape, BigDecimal tolerance, SortedMap<Integer, BigDecimal> assigned) {

	public TargetSpec {
		assigned = Collections.unmodifiableSortedMap(new TreeMap<>((assigned != null) ? assigned : Map.of()));
		List<String> problems = problems(comparison, direction, measure, baseline, target, shape, tolerance, assigned);
		if (!problems.isEmpty()) {
			throw new InvalidTargetSpecException(problems);
		}
	}

	/** A target on a linear trajectory, without tolerance or assigned figures. */
	public static TargetSpec of(Comparison comparison, Direction direction, MeasureKind measure, Baseline baseline,
			TargetValue target) {
		return new TargetSpec(comparison, direction, measure, baseline, target, TrajectoryShape.LINEAR, null, null);
	}

	public TargetSpec withShape(TrajectoryShape shape) {
		return new TargetSpec(this.comparison, this.direction, this.measure, this.baseline, this.target, shape,
				this.tolerance, this.assigned);
	}

	public TargetSpec withTolerance(BigDecimal tolerance) {
		return new TargetSpec(this.comparison, this.direction, this.measure, this.baseline, this.target, this.shape,
				tolerance, this.assigned);
	}

	/** The same target with the figure a higher level set for one year. */
	public TargetSpec withAssigned(int year, BigDecimal value) {
		SortedMap<Integer, BigDecimal> figures = new TreeMap<>(this.assigned);
		figures.put(year, value);
		return new TargetSpec(this.comparison, this.direction, this.measure, this.baseline, this.target, this.shape,
				this.tolerance, figures);
	}

	/**
	 * The stated direction or, failing that, the one the comparison fixes; may be null.
	 */
	public Direction effectiveDirection() {
		return (this.direction != null) ? this.direction : this.comparison.fixedDirection();
	}

	private static List<String> problems(Comparison comparison, Direction direction, MeasureKind measure,
			Baseline baseline, TargetValue target, TrajectoryShape shape, BigDecimal tolerance,
			SortedMap<Integer, BigDecimal> assigned) {
		List<String> problems = new ArrayList<>();
		if (comparison == null || measure == null || target == null || shape == null) {
			problems.add("比较方式、度量、目标与轨迹形状都必须给出 / comparison, measure, target and shape are required");
			return problems;
		}
		checkDirection(comparison, direction, problems);
		checkFigure(comparison, measure, target, tolerance, assigned, problems);
		checkBaseline(comparison, measure, baseline, target, problems);
		return problems;
	}

	private static void checkDirection(Comparison comparison, Direction direction, List<String> problems) {
		if (direction == null && comparison.needsDirection()) {
			problems.add(Phrase.fill("%s 需要明确方向（越高越好或越低越好） / %s needs an explicit direction", comparison, comparison));
		}
		Direction fixed = comparison.fixedDirection();
		if (direction != null && fixed != null && direction != fixed) {
			problems.add(Phrase.fill("%s 与方向“%s”矛盾 / %s contradicts direction %s", comparison, direction.zh(),
					comparison, direction));
		}
	}

	private static void checkFigure(Comparison comparison, MeasureKind measure, TargetValue target,
			BigDecimal tolerance, SortedMap<Integer, BigDecimal> assigned, List<String> problems) {
		if (comparison.needsFigure() && target.value() == null) {
			problems.add(Phrase.fill("%s 需要目标值 / %s needs a figure", comparison, comparison));
		}
		if (comparison == Comparison.RANGE && target.value() != null
				&& (target.upper() == null || target.upper().compareTo(target.value()) < 0)) {
			problems.add("区间需要不小于下限的上限 / a range needs an upper bound not below its lower bound");
		}
		if (tolerance != null && (comparison != Comparison.APPROX || tolerance.signum() <= 0)) {
			problems.add("容差只用于“约”，且须为正 / a tolerance is for APPROX only and must be positive");
		}
		if (comparison == Comparison.APPROX && tolerance == null && target.value() != null
				&& target.value().signum() == 0) {
			problems.add("“约0”需要给出绝对容差 / APPROX of 0 needs an absolute tolerance");
		}
		if (!assigned.isEmpty() && comparison != Comparison.ASSIGNED) {
			problems.add("只有“达到下达目标”才有逐年下达值 / only ASSIGNED targets take yearly assigned figures");
		}
		if (assigned.containsValue(null)) {
			problems.add("下达值不能为空 / an assigned figure cannot be empty");
		}
		boolean levelOnly = comparison == Comparison.ELIMINATE || comparison == Comparison.NEGATIVE_GROWTH
				|| comparison == Comparison.NOT_BELOW_BASE || comparison == Comparison.STABLE_OR_BETTER;
		if (levelOnly && measure != MeasureKind.LEVEL) {
			problems.add(Phrase.fill("%s 只适用于水平值 / %s applies to a LEVEL measure only", comparison, comparison));
		}
	}

	private static void checkBaseline(Comparison comparison, MeasureKind measure, Baseline baseline, TargetValue target,
			List<String> problems) {
		if (measure.isChange() && baseline == null && comparison != Comparison.MILESTONE) {
			problems.add("相对基期的变化需要基期年 / a change since the base year needs the base year");
		}
		if (measure.isChange() && baseline != null && baseline.value() != null && baseline.value().signum() != 0) {
			problems.add(("相对基期的变化在基期年为0；印出的基期值%s是上一规划期的数字，不能作为起点 / a change since the base year is 0 in"
					+ " that year; the printed %s belongs to the previous plan and is not the starting point")
				.formatted(baseline.value().toPlainString(), baseline.value().toPlainString()));
		}
		if (baseline != null && baseline.year() >= target.year()) {
			problems.add(Phrase.fill("目标年%d须晚于基期年%d / the target year %d must come after the base year %d",
					target.year(), baseline.year(), target.year(), baseline.year()));
		}
	}

}
