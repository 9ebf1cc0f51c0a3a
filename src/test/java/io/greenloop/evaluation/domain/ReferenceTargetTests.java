package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** Negative growth, not below the base, stable or better: against earlier values. */
class ReferenceTargetTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	@Test
	void negativeGrowthMeansBelowThePreviousYear() {
		// 主要农作物化肥亩均使用量 保持负增长
		TargetSpec spec = TargetSpec.of(Comparison.NEGATIVE_GROWTH, null, MeasureKind.LEVEL, Baseline.yearOnly(2020),
				TargetValue.due(2025));
		assertThat(spec.effectiveDirection()).isEqualTo(Direction.LOWER_IS_BETTER);
		Evaluation fell = this.evaluator.evaluate(spec, measured(2020, "101", 2022, "100", 2023, "98"), 2023);
		assertThat(fell.status()).isEqualTo(Status.ACHIEVED);
		assertThat(fell.target()).isEqualByComparingTo("100");
		assertThat(fell.gapToTarget()).isEqualByComparingTo("2");
		assertThat(fell.inputs()).contains(new Input(Input.Role.PREVIOUS, 2022, decimal("100")));
		assertThat(fell.explanation().zh()).contains("负增长", "-2%");
		assertThat(this.evaluator.evaluate(spec, measured(2020, "101", 2022, "100", 2023, "100"), 2023).status())
			.isEqualTo(Status.LAGGING);
		assertThat(this.evaluator.evaluate(spec, measured(2020, "101", 2022, "100", 2023, "103"), 2023).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(this.evaluator.evaluate(spec, measured(2020, "101", 2023, "98"), 2023).status())
			.isEqualTo(Status.NO_DATA);
	}

	@Test
	void notBelowTheBaseComparesWithTheBaselineOnly() {
		// 生态保护红线占国土空间面积的比例 50.46% 不降低
		TargetSpec spec = TargetSpec.of(Comparison.NOT_BELOW_BASE, null, MeasureKind.LEVEL, Baseline.of(2020, "50.46"),
				TargetValue.due(2025));
		assertThat(this.evaluator.evaluate(spec, measured(2023, "50.46"), 2023).status()).isEqualTo(Status.ACHIEVED);
		Evaluation below = this.evaluator.evaluate(spec, measured(2023, "50.40"), 2023);
		assertThat(below.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(below.gapToTarget()).isEqualByComparingTo("-0.06");
		TargetSpec unprinted = TargetSpec.of(Comparison.NOT_BELOW_BASE, null, MeasureKind.LEVEL,
				Baseline.yearOnly(2020), TargetValue.due(2025));
		Evaluation observedBase = this.evaluator.evaluate(unprinted, measured(2020, "50", 2023, "50.1"), 2023);
		assertThat(observedBase.status()).isEqualTo(Status.ACHIEVED);
		assertThat(observedBase.inputs()).contains(new Input(Input.Role.BASELINE, 2020, decimal("50")));
		assertThat(observedBase.explanation().zh()).contains("观测值");
		assertThat(this.evaluator.evaluate(unprinted, measured(2021, "50", 2023, "50.1"), 2023).status())
			.isEqualTo(Status.NO_DATA);
	}

	@Test
	void stableOrBetterAllowsTwoPercentAsStable() {
		// 生态质量指数 稳中向好, 60 in 2020: a slip of up to 1.2 is stable
		TargetSpec spec = TargetSpec.of(Comparison.STABLE_OR_BETTER, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.yearOnly(2020), TargetValue.due(2025));
		assertThat(this.evaluator.evaluate(spec, measured(2020, "60", 2023, "61"), 2023).status())
			.isEqualTo(Status.ACHIEVED);
		Evaluation stable = this.evaluator.evaluate(spec, measured(2020, "60", 2023, "59"), 2023);
		assertThat(stable.status()).isEqualTo(Status.ON_TRACK);
		assertThat(stable.gapToTarget()).isEqualByComparingTo("-1");
		assertThat(this.evaluator.evaluate(spec, measured(2020, "60", 2023, "58"), 2023).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
		TargetSpec lower = TargetSpec.of(Comparison.STABLE_OR_BETTER, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "10"), TargetValue.due(2025));
		assertThat(this.evaluator.evaluate(lower, measured(2023, "10.2"), 2023).status()).isEqualTo(Status.ON_TRACK);
		assertThat(this.evaluator.evaluate(lower, measured(2023, "9"), 2023).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void stableOrBetterWithoutBaselineComparesWithThePreviousYear() {
		TargetSpec spec = TargetSpec.of(Comparison.STABLE_OR_BETTER, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				null, TargetValue.due(2025));
		Evaluation dip = this.evaluator.evaluate(spec, measured(2022, "60", 2023, "58"), 2023);
		assertThat(dip.status()).isEqualTo(Status.LAGGING);
		assertThat(dip.inputs()).contains(new Input(Input.Role.PREVIOUS, 2022, decimal("60")));
		assertThat(this.evaluator.evaluate(spec, measured(2023, "58"), 2023).status()).isEqualTo(Status.NO_DATA);
	}

}
