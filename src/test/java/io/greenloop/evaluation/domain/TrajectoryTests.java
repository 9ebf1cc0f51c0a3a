package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class TrajectoryTests {

	@Test
	void linearTakesEqualStepsAndHoldsOutsideThePeriod() {
		Trajectory path = Trajectory.between(TrajectoryShape.LINEAR, MeasureKind.LEVEL, 2020, decimal("60"), 2025,
				decimal("80"));
		assertThat(path.expectedAt(2021)).isEqualByComparingTo("64");
		assertThat(path.expectedAt(2023)).isEqualByComparingTo("72");
		assertThat(path.expectedAt(2025)).isEqualByComparingTo("80");
		assertThat(path.expectedAt(2019)).isEqualByComparingTo("60");
		assertThat(path.expectedAt(2027)).isEqualByComparingTo("80");
		assertThat(path.annualRate()).isEmpty();
		assertThat(path.fallback()).isEmpty();
	}

	@Test
	void compoundDeclineOfFifteenAndAHalfPercentOverFiveYearsIsThreePointThreeOnePercentAYear() {
		Trajectory path = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.DECLINE_FROM_BASE, 2020,
				BigDecimal.ZERO, 2025, decimal("15.5"));
		// 1 − (1 − 0.155)^(1/5) = 0.033122749760
		assertThat(path.annualRate()).hasValueSatisfying(
				(rate) -> assertThat(rate).isCloseTo(decimal("-0.0331227498"), within(decimal("0.0000000001"))));
		assertThat(path.expectedAt(2021)).isEqualByComparingTo("3.312274976");
		assertThat(path.expectedAt(2023)).isEqualByComparingTo("9.611323914");
		assertThat(path.expectedAt(2025)).isEqualByComparingTo("15.5");
		assertThat(path.shape()).isEqualTo(TrajectoryShape.COMPOUND);
	}

	@Test
	void linearDeclineIsAFifthOfTheTargetEachYear() {
		Trajectory path = Trajectory.between(TrajectoryShape.LINEAR, MeasureKind.DECLINE_FROM_BASE, 2020,
				BigDecimal.ZERO, 2025, decimal("15.5"));
		assertThat(path.expectedAt(2023)).isEqualByComparingTo("9.3");
	}

	@Test
	void compoundIncreaseAndLevelKeepAConstantRate() {
		Trajectory increase = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.INCREASE_FROM_BASE, 2020,
				BigDecimal.ZERO, 2025, decimal("20"));
		assertThat(increase.expectedAt(2023)).isCloseTo(decimal("11.56006217"), within(decimal("0.00000001")));
		assertThat(increase.annualRate()).hasValueSatisfying(
				(rate) -> assertThat(rate).isCloseTo(decimal("0.0371372893"), within(decimal("0.0000000001"))));
		Trajectory level = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.LEVEL, 2020, decimal("100"), 2022,
				decimal("81"));
		assertThat(level.expectedAt(2021)).isEqualByComparingTo("90");
		assertThat(level.annualRate()).hasValueSatisfying((rate) -> assertThat(rate).isEqualByComparingTo("-0.1"));
	}

	@Test
	void compoundIsLinearWithAReasonWhenTheLevelPassesThroughZero() {
		Trajectory fromZero = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.LEVEL, 2020, BigDecimal.ZERO,
				2025, decimal("50"));
		Trajectory toZero = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.LEVEL, 2020, decimal("13"), 2025,
				BigDecimal.ZERO);
		Trajectory acrossZero = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.LEVEL, 2020, decimal("-2"),
				2025, decimal("3"));
		Trajectory absolute = Trajectory.between(TrajectoryShape.COMPOUND, MeasureKind.ABSOLUTE_CHANGE, 2020,
				BigDecimal.ZERO, 2025, decimal("1200"));
		assertThat(fromZero.expectedAt(2023)).isEqualByComparingTo("30");
		assertThat(toZero.expectedAt(2023)).isEqualByComparingTo("5.2");
		assertThat(acrossZero.expectedAt(2023)).isEqualByComparingTo("1");
		assertThat(absolute.expectedAt(2021)).isEqualByComparingTo("240");
		for (Trajectory path : new Trajectory[] { fromZero, toZero, acrossZero, absolute }) {
			assertThat(path.shape()).isEqualTo(TrajectoryShape.LINEAR);
			assertThat(path.annualRate()).isEmpty();
			assertThat(path.fallback()).hasValueSatisfying((why) -> {
				assertThat(why.zh()).contains("线性");
				assertThat(why.en()).contains("linear");
			});
		}
	}

	@Test
	void refusesATargetYearNotAfterTheBaseYearAndAChangeThatDoesNotStartAtZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> Trajectory.between(TrajectoryShape.LINEAR,
				MeasureKind.LEVEL, 2025, decimal("1"), 2025, decimal("2")));
		assertThatIllegalArgumentException().isThrownBy(() -> Trajectory.between(TrajectoryShape.LINEAR,
				MeasureKind.DECLINE_FROM_BASE, 2020, decimal("25"), 2025, decimal("15.5")));
	}

}
