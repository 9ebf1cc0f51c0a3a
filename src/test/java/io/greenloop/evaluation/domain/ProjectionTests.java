package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.atLeast;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** The target-year value from the trend, by least squares. */
class ProjectionTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	@Test
	void fitsALineThroughTheBaselineAndEveryObservedYear() {
		// (2020, 60) (2021, 62) (2022, 66) (2023, 69): slope 15.5 / 5 = 3.1, 2025 → 64.25
		// + 3.1 × 3.5
		Evaluation result = this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"),
				measured(2021, "62", 2022, "66", 2023, "69"), 2023);
		Projection projection = result.projection();
		assertThat(projection.year()).isEqualTo(2025);
		assertThat(projection.value()).isEqualByComparingTo("75.1");
		assertThat(projection.annualChange()).isEqualByComparingTo("3.1");
		assertThat(projection.method()).isEqualTo(Projection.Method.LEAST_SQUARES_LINE);
		assertThat(projection.points()).containsOnlyKeys(2020, 2021, 2022, 2023);
		assertThat(projection.meetsTarget()).isFalse();
		assertThat(result.explanation().zh()).contains("最小二乘直线", "75.1", "达不到目标");
	}

	@Test
	void fitsAConstantRateOnACompoundTrajectory() {
		// 100 → ≤ 80: falling 5% a year gives 100 × 0.95^5 = 77.378 in 2025
		TargetSpec spec = TargetSpec
			.of(Comparison.LE, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL, Baseline.of(2020, "100"),
					TargetValue.of(2025, "80"))
			.withShape(TrajectoryShape.COMPOUND);
		Projection projection = this.evaluator.evaluate(spec, measured(2021, "95", 2022, "90.25"), 2022).projection();
		assertThat(projection.method()).isEqualTo(Projection.Method.LEAST_SQUARES_CONSTANT_RATE);
		assertThat(projection.value()).isEqualByComparingTo("77.37809375");
		assertThat(projection.annualChange()).isEqualByComparingTo("-0.05");
		assertThat(projection.meetsTarget()).isTrue();
	}

	@Test
	void needsTwoYearsAndAFutureTargetYear() {
		TargetSpec spec = atLeast(2020, null, 2025, "80");
		assertThat(this.evaluator.evaluate(spec, measured(2023, "70"), 2023).projection()).isNull();
		assertThat(this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"), measured(2025, "70"), 2025).projection())
			.isNull();
	}

}
