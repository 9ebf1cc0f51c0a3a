package io.greenloop.reporting.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration figures of a target, without Spring: the same on every run, plausible
 * (within 0–100 for percentages, never moving the wrong way, cumulative declines
 * compounding from 0), a mix of paces, and none for what has no figure to reach.
 */
class DemoFiguresTests {

	@Test
	void aTargetGetsTheSameFiguresOnEveryRun() {
		IndicatorView rate = target("T-RATE", "%", Measure.LEVEL, Direction.HIGHER_IS_BETTER, TargetComparator.GE,
				"22.1", "60", null);
		assertThat(DemoFigures.of(rate, 2020)).isEqualTo(DemoFigures.of(rate, 2020))
			.containsOnlyKeys(2021, 2022, 2023, 2024);
		assertThat(DemoFigures.of(rate, 2020)).as("drawn from the target's own seeded generator")
			.isNotEqualTo(DemoFigures.of(copy(rate, "T-OTHER"), 2020));
	}

	@Test
	void percentagesStayWithinNoughtAndAHundredAndNeverMoveTheWrongWay() {
		for (IndicatorView target : manyTargets()) {
			SortedMap<Integer, BigDecimal> figures = DemoFigures.of(target, 2020);
			assertThat(figures).as(target.code()).hasSize(4);
			int sign = target.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
			BigDecimal previous = null;
			for (BigDecimal figure : figures.values()) {
				if ("%".equals(target.unit())) {
					assertThat(figure).as(target.code()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
				}
				if (previous != null) {
					assertThat(sign * figure.compareTo(previous)).as(target.code() + " " + figures)
						.isGreaterThanOrEqualTo(0);
				}
				previous = figure;
			}
		}
	}

	@Test
	void countsAreWholeNumbers() {
		IndicatorView factories = target("T-COUNT", "个", Measure.LEVEL, Direction.HIGHER_IS_BETTER, TargetComparator.GE,
				"16", "45", null);
		assertThat(DemoFigures.of(factories, 2020).values()).allSatisfy(figure -> {
			assertThat(figure.scale()).isZero();
			assertThat(figure).isBetween(new BigDecimal("16"), new BigDecimal("50"));
		});
	}

	@Test
	void aCumulativeDeclineIsThePercentageSinceTheBaseYear() {
		IndicatorView decline = target("T-DECLINE", "%", Measure.DECLINE_FROM_BASE, Direction.HIGHER_IS_BETTER,
				TargetComparator.GE, null, "15.5", null);
		SortedMap<Integer, BigDecimal> figures = DemoFigures.of(decline, 2020);
		assertThat(figures.get(2021)).isBetween(new BigDecimal("0.5"), new BigDecimal("6"));
		assertThat(figures.get(2024)).isBetween(new BigDecimal("3"), new BigDecimal("17"));
	}

	@Test
	void theMixHasTargetsAheadOnTrackAndBehind() {
		int achieved = 0;
		int farBehind = 0;
		for (IndicatorView target : manyTargets()) {
			if (!target.code().startsWith("T-UP-")) {
				continue;
			}
			double base = target.baseline().value().doubleValue();
			double figure = target.target().value().doubleValue();
			double progress = (DemoFigures.of(target, 2020).get(2024).doubleValue() - base) / (figure - base);
			achieved += progress >= 1 ? 1 : 0;
			farBehind += progress < 0.6 ? 1 : 0;
		}
		assertThat(achieved).as("reached early").isPositive();
		assertThat(farBehind).as("far behind the expected 80%").isPositive();
	}

	@Test
	void targetsWithoutAFigureToReachGetNone() {
		assertThat(DemoFigures.of(
				target("T-MILESTONE", "", Measure.LEVEL, Direction.NONE, TargetComparator.MILESTONE, null, null, null),
				2020))
			.isEmpty();
		assertThat(DemoFigures.of(target("T-ASSIGNED", "%", Measure.LEVEL, Direction.HIGHER_IS_BETTER,
				TargetComparator.ASSIGNED, "90.8", null, null), 2020))
			.isEmpty();
		assertThat(DemoFigures.of(target("T-ELIMINATE", "", Measure.LEVEL, Direction.LOWER_IS_BETTER,
				TargetComparator.ELIMINATE, null, null, null), 2020))
			.as("elimination of something without a unit to count it in")
			.isEmpty();
		assertThat(DemoFigures
			.of(target("T-BLACK-WATER", "个", Measure.LEVEL, Direction.LOWER_IS_BETTER, TargetComparator.ELIMINATE, null,
					null, null), 2020)
			.values()).allSatisfy(count -> assertThat(count.signum()).isNotNegative());
	}

	/**
	 * Targets of every direction, in percent and otherwise, with and without baselines.
	 */
	private static List<IndicatorView> manyTargets() {
		List<IndicatorView> targets = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			targets.add(target("T-UP-" + i, "%", Measure.LEVEL, Direction.HIGHER_IS_BETTER, TargetComparator.GE,
					String.valueOf(40 + i % 20), String.valueOf(80 + i % 20), null));
			targets.add(target("T-DOWN-" + i, "吨/万元", Measure.LEVEL, Direction.LOWER_IS_BETTER, TargetComparator.LE,
					"2.17", "1.82", null));
			targets.add(target("T-FULL-" + i, "%", Measure.LEVEL, Direction.HIGHER_IS_BETTER, TargetComparator.GE, null,
					"100", null));
			targets.add(target("T-RANGE-" + i, "小时", Measure.LEVEL, Direction.LOWER_IS_BETTER, TargetComparator.RANGE,
					null, "2", "6"));
		}
		return targets;
	}

	private static IndicatorView target(String code, String unit, Measure measure, Direction direction,
			TargetComparator comparator, String baseline, String figure, String upper) {
		return new IndicatorView(code, code, unit, "003", null, null, null, false, null, "150100", null, null, null,
				null, measure, direction,
				baseline == null ? null
						: new IndicatorView.Baseline(2020, new BigDecimal(baseline), baseline, false, null),
				new IndicatorView.Target(2025, figure == null ? null : new BigDecimal(figure),
						upper == null ? null : new BigDecimal(upper), comparator, figure),
				List.of(), List.of(), List.of(), null, null, null, null);
	}

	private static IndicatorView copy(IndicatorView target, String code) {
		return new IndicatorView(code, target.name(), target.unit(), target.planCode(), null, null, null, false, null,
				target.region(), null, null, null, null, target.measure(), target.direction(), target.baseline(),
				target.target(), List.of(), List.of(), List.of(), null, null, null, null);
	}

}
