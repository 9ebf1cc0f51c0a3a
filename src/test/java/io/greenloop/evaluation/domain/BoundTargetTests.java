package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.atLeast;
import static io.greenloop.evaluation.domain.Given.decimal;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** Each comparator with a figure, on worked numbers. */
class BoundTargetTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	@Test
	void atLeastMeasuresProgressAlongTheLine() {
		// 60 in 2020 → ≥ 80 by 2025; 70 in 2023: expected 72, progress 50% against 60%
		Evaluation result = this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"), measured(2023, "70"), 2023);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.value()).isEqualByComparingTo("70");
		assertThat(result.target()).isEqualByComparingTo("80");
		assertThat(result.expected()).isEqualByComparingTo("72");
		assertThat(result.progress()).isEqualByComparingTo("0.5");
		assertThat(result.expectedProgress()).isEqualByComparingTo("0.6");
		assertThat(result.gap()).isEqualByComparingTo("-2");
		assertThat(result.gapToTarget()).isEqualByComparingTo("-10");
		assertThat(result.shape()).isEqualTo(TrajectoryShape.LINEAR);
		assertThat(result.inputs()).containsExactly(new Input(Input.Role.TARGET, 2025, decimal("80")),
				new Input(Input.Role.BASELINE, 2020, decimal("60")),
				new Input(Input.Role.OBSERVED, 2023, decimal("70")));
		assertThat(result.explanation().zh()).contains("72", "50%", "60%", "按进度");
		assertThat(result.explanation().en()).contains("72", "50%", "60%", "on track");
	}

	@Test
	void moreThanIsNotMetByTheFigureItself() {
		TargetSpec spec = TargetSpec.of(Comparison.GT, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "2"), TargetValue.of(2025, "5"));
		assertThat(this.evaluator.evaluate(spec, measured(2023, "5"), 2023).status()).isEqualTo(Status.ON_TRACK);
		assertThat(this.evaluator.evaluate(spec, measured(2025, "5"), 2025).status()).isEqualTo(Status.LAGGING);
		assertThat(this.evaluator.evaluate(spec, measured(2024, "6"), 2024).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void atMostCountsProgressDownwards() {
		// 一般工业固体废物产生强度 2.17 → 1.82 吨/万元; 2.05 in 2022: expected 2.03
		TargetSpec spec = TargetSpec.of(Comparison.LE, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "2.17"), TargetValue.of(2025, "1.82"));
		Evaluation result = this.evaluator.evaluate(spec, measured(2022, "2.05"), 2022);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.expected()).isEqualByComparingTo("2.03");
		assertThat(result.progress()).isEqualByComparingTo("0.3428571429");
		assertThat(result.gap()).isEqualByComparingTo("-0.02");
		assertThat(result.gapToTarget()).isEqualByComparingTo("-0.23");
		assertThat(this.evaluator.evaluate(spec, measured(2022, "1.8"), 2022).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void lessThanIsNotMetByTheFigureItself() {
		TargetSpec spec = TargetSpec.of(Comparison.LT, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "12"), TargetValue.of(2025, "10"));
		assertThat(this.evaluator.evaluate(spec, measured(2025, "10"), 2025).status()).isEqualTo(Status.LAGGING);
		assertThat(this.evaluator.evaluate(spec, measured(2025, "9.9"), 2025).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void exactlyIsMetOnlyAtTheFigureAndOvershootingLags() {
		TargetSpec spec = TargetSpec.of(Comparison.EQ, null, MeasureKind.LEVEL, Baseline.of(2020, "8"),
				TargetValue.of(2025, "10"));
		assertThat(this.evaluator.evaluate(spec, measured(2025, "10"), 2025).status()).isEqualTo(Status.ACHIEVED);
		Evaluation onTheWay = this.evaluator.evaluate(spec, measured(2023, "9.2"), 2023);
		assertThat(onTheWay.status()).isEqualTo(Status.ON_TRACK);
		assertThat(onTheWay.gap()).isEqualByComparingTo("0");
		Evaluation past = this.evaluator.evaluate(spec, measured(2024, "10.5"), 2024);
		assertThat(past.status()).isEqualTo(Status.LAGGING);
		assertThat(past.progress()).isEqualByComparingTo("1.25");
	}

	@Test
	void aboutAllowsFivePercentOfTheFigureAndMoreOnTheBetterSide() {
		// 可再生能源占全部电源装机比重 36.1% → 45%左右: within ±2.25
		TargetSpec spec = TargetSpec.of(Comparison.APPROX, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "36.1"), TargetValue.of(2025, "45"));
		assertThat(this.evaluator.evaluate(spec, measured(2025, "43"), 2025).status()).isEqualTo(Status.ACHIEVED);
		assertThat(this.evaluator.evaluate(spec, measured(2025, "50"), 2025).status()).isEqualTo(Status.ACHIEVED);
		Evaluation short_ = this.evaluator.evaluate(spec, measured(2025, "42.5"), 2025);
		assertThat(short_.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(short_.progress()).isEqualByComparingTo("0.7191011236");
		assertThat(short_.inputs()).contains(new Input(Input.Role.TOLERANCE, 2025, decimal("2.25")));
		assertThat(this.evaluator.evaluate(spec.withTolerance(decimal("1")), measured(2025, "43.5"), 2025).status())
			.isEqualTo(Status.LAGGING);
		TargetSpec undirected = TargetSpec.of(Comparison.APPROX, null, MeasureKind.LEVEL, Baseline.of(2020, "36.1"),
				TargetValue.of(2025, "45"));
		assertThat(this.evaluator.evaluate(undirected, measured(2025, "50"), 2025).status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void aRangeWithADirectionIsAlsoMetBeyondItOnTheBetterSide() {
		// 开展环境风险评估的高风险优先控制化学品 1-2种
		TargetSpec spec = TargetSpec.of(Comparison.RANGE, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "0"), TargetValue.range(2025, "1", "2"));
		assertThat(this.evaluator.evaluate(spec, measured(2023, "1"), 2023).status()).isEqualTo(Status.ACHIEVED);
		assertThat(this.evaluator.evaluate(spec, measured(2023, "3"), 2023).status()).isEqualTo(Status.ACHIEVED);
		Evaluation none = this.evaluator.evaluate(spec, measured(2023, "0"), 2023);
		assertThat(none.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(none.target()).isEqualByComparingTo("1");
		assertThat(none.inputs()).contains(new Input(Input.Role.TARGET_UPPER, 2025, decimal("2")));
	}

	@Test
	void aRangeWithoutADirectionIsApproachedFromTheNearerBound() {
		// 14 days in 2020 → 7—10天 by 2025: towards 10
		TargetSpec spec = TargetSpec.of(Comparison.RANGE, null, MeasureKind.LEVEL, Baseline.of(2020, "14"),
				TargetValue.range(2025, "7", "10"));
		Evaluation onTheWay = this.evaluator.evaluate(spec, measured(2023, "12"), 2023);
		assertThat(onTheWay.status()).isEqualTo(Status.ON_TRACK);
		assertThat(onTheWay.target()).isEqualByComparingTo("10");
		assertThat(onTheWay.expected()).isEqualByComparingTo("11.6");
		assertThat(onTheWay.progress()).isEqualByComparingTo("0.5");
		assertThat(onTheWay.gap()).isEqualByComparingTo("-0.4");
		assertThat(this.evaluator.evaluate(spec, measured(2024, "8"), 2024).status()).isEqualTo(Status.ACHIEVED);
		assertThat(this.evaluator.evaluate(spec, measured(2024, "6"), 2024).status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void eliminationHeadsForZero() {
		// 城市黑臭水体 13 in 2020 → 基本消除 by 2025
		TargetSpec spec = TargetSpec.of(Comparison.ELIMINATE, null, MeasureKind.LEVEL, Baseline.of(2020, "13"),
				TargetValue.due(2025));
		Evaluation result = this.evaluator.evaluate(spec, measured(2023, "6"), 2023);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.target()).isEqualByComparingTo("0");
		assertThat(result.expected()).isEqualByComparingTo("5.2");
		assertThat(result.progress()).isEqualByComparingTo("0.5384615385");
		assertThat(result.gap()).isEqualByComparingTo("-0.8");
		assertThat(this.evaluator.evaluate(spec, measured(2023, "0"), 2023).status()).isEqualTo(Status.ACHIEVED);
		Evaluation compound = this.evaluator.evaluate(spec.withShape(TrajectoryShape.COMPOUND), measured(2023, "6"),
				2023);
		assertThat(compound.shape()).isEqualTo(TrajectoryShape.LINEAR);
		assertThat(compound.expected()).isEqualByComparingTo("5.2");
		assertThat(compound.explanation().zh()).contains("改用线性轨迹");
	}

	@Test
	void eliminationWithoutBaselineFollowsTheTrend() {
		TargetSpec spec = TargetSpec.of(Comparison.ELIMINATE, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.yearOnly(2020), TargetValue.due(2025));
		Evaluation falling = this.evaluator.evaluate(spec, measured(2022, "4", 2023, "2"), 2023);
		assertThat(falling.status()).isEqualTo(Status.ON_TRACK);
		assertThat(falling.projection().value()).isEqualByComparingTo("-2");
		assertThat(falling.projection().meetsTarget()).isTrue();
		assertThat(this.evaluator.evaluate(spec, measured(2023, "2"), 2023).status()).isEqualTo(Status.NEEDS_JUDGEMENT);
		assertThat(this.evaluator.evaluate(spec, measured(2025, "2"), 2025).status()).isEqualTo(Status.LAGGING);
	}

}
