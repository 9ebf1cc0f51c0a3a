package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.atLeast;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/** Zero and missing baselines, sign changes, missing data, early achievement. */
class EdgeCaseTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	@Test
	void aZeroBaselineMeasuresProgressByLevelNotByRatio() {
		// 0 in 2020 → ≥ 50 by 2025: 30 in 2023 is 60% of the way
		TargetSpec spec = atLeast(2020, "0", 2025, "50");
		Evaluation result = this.evaluator.evaluate(spec, measured(2023, "30"), 2023);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.progress()).isEqualByComparingTo("0.6");
		assertThat(result.expected()).isEqualByComparingTo("30");
		Evaluation compound = this.evaluator.evaluate(spec.withShape(TrajectoryShape.COMPOUND), measured(2023, "30"),
				2023);
		assertThat(compound.shape()).isEqualTo(TrajectoryShape.LINEAR);
		assertThat(compound.expected()).isEqualByComparingTo("30");
		assertThat(compound.explanation().en()).contains("the trajectory is linear");
	}

	@Test
	void aSignChangeIsJustDistanceCovered() {
		// −2 in 2020 → ≥ 3 by 2025: 1 in 2023 is 3 of 5
		TargetSpec spec = atLeast(2020, "-2", 2025, "3").withShape(TrajectoryShape.COMPOUND);
		Evaluation result = this.evaluator.evaluate(spec, measured(2021, "-1.5", 2023, "1"), 2023);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.progress()).isEqualByComparingTo("0.6");
		assertThat(result.shape()).isEqualTo(TrajectoryShape.LINEAR);
		assertThat(result.projection().method()).isEqualTo(Projection.Method.LEAST_SQUARES_LINE);
	}

	@Test
	void aBaselineAlreadyMeetingTheTargetMustBeKept() {
		TargetSpec spec = atLeast(2020, "98", 2025, "95");
		assertThat(this.evaluator.evaluate(spec, measured(2023, "96"), 2023).status()).isEqualTo(Status.ACHIEVED);
		Evaluation slipped = this.evaluator.evaluate(spec, measured(2023, "94"), 2023);
		assertThat(slipped.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(slipped.progress()).isNull();
	}

	@Test
	void noValueForTheYearIsNoData() {
		Evaluation result = this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"), measured(2022, "66"), 2023);
		assertThat(result.status()).isEqualTo(Status.NO_DATA);
		assertThat(result.value()).isNull();
		assertThat(result.progress()).isNull();
		assertThat(result.explanation().zh()).contains("2023年没有值");
		assertThat(this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"), Observations.none(), 2023).status())
			.isEqualTo(Status.NO_DATA);
	}

	@Test
	void achievedEarlyIsAchieved() {
		Evaluation result = this.evaluator.evaluate(atLeast(2020, "60", 2025, "80"), measured(2022, "81"), 2022);
		assertThat(result.status()).isEqualTo(Status.ACHIEVED);
		assertThat(result.gapToTarget()).isEqualByComparingTo("1");
		assertThat(result.explanation().zh()).contains("早于2025年的期限");
	}

	@Test
	void withoutABaselineTheTrendDecidesBeforeTheDueYear() {
		TargetSpec spec = atLeast(2020, null, 2025, "80");
		Evaluation rising = this.evaluator.evaluate(spec, measured(2022, "70", 2023, "75"), 2023);
		assertThat(rising.status()).isEqualTo(Status.ON_TRACK);
		assertThat(rising.progress()).isNull();
		assertThat(rising.projection().value()).isEqualByComparingTo("85");
		Evaluation flat = this.evaluator.evaluate(spec, measured(2022, "70", 2023, "71"), 2023);
		assertThat(flat.status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void theSameInputsGiveTheSameResult() {
		TargetSpec spec = atLeast(2020, "60", 2025, "80").withShape(TrajectoryShape.COMPOUND);
		Observations observations = measured(2021, "62.3", 2022, "66.1", 2023, "69.7");
		assertThat(this.evaluator.evaluate(spec, observations, 2023))
			.isEqualTo(new TargetEvaluator().evaluate(spec, observations, 2023));
	}

}
