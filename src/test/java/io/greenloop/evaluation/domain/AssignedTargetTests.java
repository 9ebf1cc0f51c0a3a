package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** 达到国家考核目标: each year's assigned figure is that year's own target. */
class AssignedTargetTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	// 004-T02 地级城市细颗粒物浓度下降比例: cumulative decline since 2020, higher is better
	final TargetSpec pm25 = TargetSpec
		.of(Comparison.ASSIGNED, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE, Baseline.yearOnly(2020),
				TargetValue.due(2025))
		.withAssigned(2023, decimal("10"));

	@Test
	void meetsTheYearsAssignedFigure() {
		Evaluation result = this.evaluator.evaluate(this.pm25, measured(2023, "11.2"), 2023);
		assertThat(result.status()).isEqualTo(Status.ACHIEVED);
		assertThat(result.target()).isEqualByComparingTo("10");
		assertThat(result.gapToTarget()).isEqualByComparingTo("1.2");
		assertThat(result.inputs()).contains(new Input(Input.Role.ASSIGNED, 2023, decimal("10")));
		assertThat(result.explanation().zh()).contains("2023年下达的目标值为10");
	}

	@Test
	void missingTheYearsFigureIsJudgedAsDueThatYear() {
		Evaluation close = this.evaluator.evaluate(this.pm25, measured(2023, "9"), 2023);
		assertThat(close.status()).isEqualTo(Status.LAGGING);
		assertThat(close.progress()).isEqualByComparingTo("0.9");
		assertThat(close.expectedProgress()).isEqualByComparingTo("1");
		assertThat(close.expected()).isEqualByComparingTo("10");
		assertThat(this.evaluator.evaluate(this.pm25, measured(2023, "7"), 2023).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
	}

	@Test
	void withoutAnAssignedFigureForTheYearThereIsNoData() {
		Evaluation result = this.evaluator.evaluate(this.pm25, measured(2023, "11.2", 2024, "12"), 2024);
		assertThat(result.status()).isEqualTo(Status.NO_DATA);
		assertThat(result.explanation().zh()).contains("未录入2024年下达的目标值");
	}

	@Test
	void lowerIsBetterWorksOnALevel() {
		// 004-T04 地表水劣Ⅴ类水体比例 1.9% in 2020
		TargetSpec spec = TargetSpec
			.of(Comparison.ASSIGNED, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL, Baseline.of(2020, "1.9"),
					TargetValue.due(2025))
			.withAssigned(2023, decimal("1.0"))
			.withAssigned(2025, decimal("0.5"));
		assertThat(this.evaluator.evaluate(spec, measured(2023, "0.8"), 2023).status()).isEqualTo(Status.ACHIEVED);
		assertThat(this.evaluator.evaluate(spec, measured(2023, "1.1"), 2023).status()).isEqualTo(Status.LAGGING);
		Evaluation far = this.evaluator.evaluate(spec, measured(2021, "1.5", 2023, "1.2"), 2023);
		assertThat(far.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(far.progress()).isEqualByComparingTo("0.7777777778");
		// the trend of 1.9, 1.5, 1.2 (2020, 2021, 2023) reaches 0.72 in 2025, above the
		// 0.5 assigned
		assertThat(far.projection().value()).isEqualByComparingTo("0.7214285714");
		assertThat(far.projection().meetsTarget()).isFalse();
	}

}
