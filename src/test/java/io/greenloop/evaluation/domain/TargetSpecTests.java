package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A target's parts must fit; nothing is assumed to fill a gap. */
class TargetSpecTests {

	private static InvalidTargetSpecException refused(Runnable construction) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidTargetSpecException.class,
				construction::run);
	}

	@Test
	void boundsNeedAStatedDirectionThatAgreesWithThem() {
		assertThat(refused(() -> TargetSpec.of(Comparison.GE, null, MeasureKind.LEVEL, Baseline.of(2020, "1"),
				TargetValue.of(2025, "2")))
			.problems()).containsExactly("GE 需要明确方向（越高越好或越低越好） / GE needs an explicit direction");
		assertThat(refused(() -> TargetSpec.of(Comparison.LE, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2020, "1"), TargetValue.of(2025, "2")))
			.getMessage()).contains("LE contradicts direction HIGHER_IS_BETTER");
		assertThat(refused(() -> TargetSpec.of(Comparison.ELIMINATE, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				null, TargetValue.due(2025)))
			.getMessage()).contains("ELIMINATE contradicts");
	}

	@Test
	void assignedAndStableOrBetterNeedADirectionTheOthersCarryTheirOwn() {
		assertThat(
				refused(() -> TargetSpec.of(Comparison.ASSIGNED, null, MeasureKind.LEVEL, null, TargetValue.due(2025)))
					.getMessage())
			.contains("ASSIGNED needs an explicit direction");
		assertThat(refused(
				() -> TargetSpec.of(Comparison.STABLE_OR_BETTER, null, MeasureKind.LEVEL, null, TargetValue.due(2025)))
			.getMessage()).contains("STABLE_OR_BETTER needs an explicit direction");
		assertThat(TargetSpec.of(Comparison.NOT_BELOW_BASE, null, MeasureKind.LEVEL, null, TargetValue.due(2025))
			.effectiveDirection()).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(TargetSpec.of(Comparison.MILESTONE, null, MeasureKind.DECLINE_FROM_BASE, null, TargetValue.due(2022))
			.effectiveDirection()).isNull();
		assertThat(TargetSpec.of(Comparison.RANGE, null, MeasureKind.LEVEL, null, TargetValue.range(2025, "1", "2"))
			.effectiveDirection()).isNull();
	}

	@Test
	void aChangeSinceTheBaseYearStartsAtZeroInAKnownBaseYear() {
		assertThat(refused(() -> TargetSpec.of(Comparison.ASSIGNED, Direction.HIGHER_IS_BETTER,
				MeasureKind.DECLINE_FROM_BASE, Baseline.of(2020, "25.0"), TargetValue.due(2025)))
			.getMessage()).contains("belongs to the previous plan");
		assertThat(refused(() -> TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE,
				null, TargetValue.of(2025, "15.5")))
			.getMessage()).contains("needs the base year");
		assertThat(TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE,
				new Baseline(2020, BigDecimal.ZERO), TargetValue.of(2025, "15.5")))
			.isNotNull();
	}

	@Test
	void figuresRangesAndTolerancesMustMakeSense() {
		assertThat(refused(() -> TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL, null,
				TargetValue.due(2025)))
			.getMessage()).contains("GE needs a figure");
		assertThat(refused(() -> TargetSpec.of(Comparison.RANGE, null, MeasureKind.LEVEL, null,
				TargetValue.range(2025, "10", "7")))
			.getMessage()).contains("upper bound not below its lower bound");
		assertThat(refused(
				() -> TargetSpec.of(Comparison.APPROX, null, MeasureKind.LEVEL, null, TargetValue.of(2025, "0")))
			.getMessage()).contains("APPROX of 0 needs an absolute tolerance");
		assertThat(refused(() -> Given.atLeast(2020, "1", 2025, "2").withTolerance(decimal("1"))).getMessage())
			.contains("a tolerance is for APPROX only");
		assertThat(refused(() -> Given.atLeast(2020, "1", 2025, "2").withAssigned(2023, decimal("1"))).getMessage())
			.contains("only ASSIGNED targets");
		assertThat(refused(() -> TargetSpec.of(Comparison.ELIMINATE, null, MeasureKind.DECLINE_FROM_BASE,
				Baseline.yearOnly(2020), TargetValue.due(2025)))
			.getMessage()).contains("ELIMINATE applies to a LEVEL measure only");
	}

	@Test
	void theTargetYearComesAfterTheBaseYearAndEveryProblemIsListed() {
		InvalidTargetSpecException refusal = refused(() -> TargetSpec.of(Comparison.GT, null, MeasureKind.LEVEL,
				Baseline.of(2025, "1"), TargetValue.due(2025)));
		assertThat(refusal.problems()).hasSize(3);
		assertThat(refusal.getMessage()).contains("GT needs an explicit direction", "GT needs a figure",
				"the target year 2025 must come after the base year 2025");
		assertThatExceptionOfType(InvalidTargetSpecException.class).isThrownBy(
				() -> new TargetSpec(null, null, MeasureKind.LEVEL, null, TargetValue.due(2025), null, null, null));
	}

}
