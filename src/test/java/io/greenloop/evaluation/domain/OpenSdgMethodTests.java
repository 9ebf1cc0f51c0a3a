package io.greenloop.evaluation.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open SDG method (REFERENCE.md §8) on worked numbers: CAGR = (v₁/v₀)^(1/(t₁−t₀)) −
 * 1; with a target R = sign·d·CAGR / |CAGR(target)|; without, g = sign·d·CAGR.
 */
class OpenSdgMethodTests {

	final OpenSdgMethod method = new OpenSdgMethod();

	// 50 in 2015 → ≥ 80 by 2030, higher is better: required CAGR (80/50)^(1/15) − 1 =
	// 3.183%
	final TargetSpec rising = Given.atLeast(2015, "50", 2030, "80");

	@Test
	void withATargetRatioAboveNinetyFivePercentIsSubstantialProgress() {
		// 60 in 2020: CAGR (60/50)^(1/5) − 1 = 3.714%; R = 3.714 / 3.183 = 1.1668
		SdgEvaluation result = this.method.evaluate(this.rising, measured(2020, "60"), 2020);
		assertThat(result.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(result.method()).isEqualTo(SdgEvaluation.Method.WITH_TARGET);
		assertThat(result.observedGrowth()).isEqualByComparingTo("0.03713728934");
		assertThat(result.requiredGrowth()).isEqualByComparingTo("0.03182963935");
		assertThat(result.progressValue()).isEqualByComparingTo("1.166751810");
		// score min(7.1429 R − 4.2857, 5)
		assertThat(result.score()).isEqualByComparingTo("4.048291507");
		assertThat(result.baseYear()).isEqualTo(2015);
		assertThat(result.inputs()).containsExactly(new Input(Input.Role.BASELINE, 2015, decimal("50")),
				new Input(Input.Role.OBSERVED, 2020, decimal("60")), new Input(Input.Role.TARGET, 2030, decimal("80")));
		assertThat(result.explanation().zh()).contains("3.71%", "3.18%", "1.16675", "进展显著");
	}

	@Test
	void theOtherBandsOfTheRatio() {
		SdgEvaluation moderate = this.method.evaluate(this.rising, measured(2020, "57"), 2020);
		assertThat(moderate.status()).isEqualTo(SdgStatus.MODERATE_PROGRESS);
		assertThat(moderate.progressValue()).isEqualByComparingTo("0.8341922901");
		SdgEvaluation limited = this.method.evaluate(this.rising, measured(2020, "52"), 2020);
		assertThat(limited.status()).isEqualTo(SdgStatus.LIMITED_PROGRESS);
		assertThat(limited.progressValue()).isEqualByComparingTo("0.2474105481");
		assertThat(limited.score()).isEqualByComparingTo("-1.469114469");
		SdgEvaluation worse = this.method.evaluate(this.rising, measured(2020, "48"), 2020);
		assertThat(worse.status()).isEqualTo(SdgStatus.DETERIORATION);
		assertThat(worse.score()).isEqualByComparingTo("-3.564420083");
		SdgEvaluation achieved = this.method.evaluate(this.rising, measured(2020, "80"), 2020);
		assertThat(achieved.status()).isEqualTo(SdgStatus.TARGET_ACHIEVED);
		assertThat(achieved.score()).isEqualByComparingTo("5");
	}

	@Test
	void lowerIsBetterFlipsTheSign() {
		// 20 → ≤ 10: 16 after 5 years, CAGR −4.365% against −4.516% required: R = 0.9665
		TargetSpec falling = TargetSpec.of(Comparison.LE, Direction.LOWER_IS_BETTER, MeasureKind.LEVEL,
				Baseline.of(2015, "20"), TargetValue.of(2030, "10"));
		SdgEvaluation result = this.method.evaluate(falling, measured(2020, "16"), 2020);
		assertThat(result.progressValue()).isEqualByComparingTo("0.9665423042");
		assertThat(result.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(result.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
	}

	@Test
	void aCumulativeDeclineIsAnIndexOfTheLevel() {
		// 15.5% by 2025 → index 84.5; 9.5% by 2023 → 90.5: R = 3.273% / 3.312% = 0.988
		TargetSpec spec = TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE,
				Baseline.yearOnly(2020), TargetValue.of(2025, "15.5"));
		SdgEvaluation result = this.method.evaluate(spec, measured(2023, "9.5"), 2023);
		assertThat(result.baseValue()).isEqualByComparingTo("100");
		assertThat(result.currentValue()).isEqualByComparingTo("90.5");
		assertThat(result.target()).isEqualByComparingTo("84.5");
		assertThat(result.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(result.requiredGrowth()).isEqualByComparingTo("-0.03312274976");
		assertThat(result.progressValue()).isEqualByComparingTo("0.9880210173");
		assertThat(result.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
	}

	@Test
	void withoutATargetTheGrowthRateItselfCounts() {
		TargetSpec kept = TargetSpec.of(Comparison.NOT_BELOW_BASE, null, MeasureKind.LEVEL, Baseline.of(2015, "100"),
				TargetValue.due(2030));
		SdgEvaluation substantial = this.method.evaluate(kept, measured(2020, "110"), 2020);
		assertThat(substantial.method()).isEqualTo(SdgEvaluation.Method.WITHOUT_TARGET);
		assertThat(substantial.progressValue()).isEqualByComparingTo("0.01924487649");
		assertThat(substantial.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(substantial.score()).isEqualByComparingTo("4.622438246");
		SdgEvaluation moderate = this.method.evaluate(kept, measured(2020, "105"), 2020);
		assertThat(moderate.status()).isEqualTo(SdgStatus.MODERATE_PROGRESS);
		assertThat(moderate.score()).isEqualByComparingTo("1.201449418");
		SdgEvaluation limited = this.method.evaluate(kept, measured(2020, "101"), 2020);
		assertThat(limited.status()).isEqualTo(SdgStatus.LIMITED_PROGRESS);
		assertThat(limited.score()).isEqualByComparingTo("-1.503976167");
		SdgEvaluation worse = this.method.evaluate(kept, measured(2020, "95"), 2020);
		assertThat(worse.status()).isEqualTo(SdgStatus.DETERIORATION);
		assertThat(worse.score()).isEqualByComparingTo("-3.775777289");
	}

	@Test
	void aNaturalLimitRelaxesTheThresholdsNearIt() {
		// 90 → 93 in 5 years, limit 100: C = 1 − 0.9^4.44 = 0.3736, so g = 0.658% ≥ 1.5%
		// × C = 0.560%
		TargetSpec kept = TargetSpec.of(Comparison.NOT_BELOW_BASE, null, MeasureKind.LEVEL, Baseline.of(2015, "90"),
				TargetValue.due(2030));
		SdgEvaluation plain = this.method.evaluate(kept, measured(2020, "93"), 2020);
		assertThat(plain.status()).isEqualTo(SdgStatus.MODERATE_PROGRESS);
		SdgEvaluation limited = this.method.evaluate(kept, measured(2020, "93"), 2020,
				new OpenSdgMethod.Options(null, decimal("100")));
		assertThat(limited.coefficient()).isEqualByComparingTo("0.3736216450");
		assertThat(limited.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(limited.score()).isEqualByComparingTo("3.805050759");
		assertThat(SdgScore.coefficient(150, 100, 4.44)).isCloseTo(0.9539290870,
				org.assertj.core.api.Assertions.within(1e-9));
		assertThat(SdgScore.coefficient(250, 100, 4.44)).isEqualTo(1);
	}

	@Test
	void aZeroBaseValueIsNotReplacedByATinyNumber() {
		SdgEvaluation result = this.method.evaluate(Given.atLeast(2015, "0", 2030, "80"), measured(2020, "10"), 2020);
		assertThat(result.status()).isEqualTo(SdgStatus.NOT_AVAILABLE);
		assertThat(result.score()).isNull();
		assertThat(result.explanation().en()).contains("substitutes 0.001; Greenloop does not");
	}

	@Test
	void eliminationIsCheckedAgainstZeroButMeasuredWithoutATarget() {
		TargetSpec spec = TargetSpec.of(Comparison.ELIMINATE, null, MeasureKind.LEVEL, Baseline.of(2020, "13"),
				TargetValue.due(2025));
		assertThat(this.method.evaluate(spec, measured(2023, "0"), 2023).status()).isEqualTo(SdgStatus.TARGET_ACHIEVED);
		SdgEvaluation halfway = this.method.evaluate(spec, measured(2023, "6"), 2023);
		assertThat(halfway.method()).isEqualTo(SdgEvaluation.Method.WITHOUT_TARGET);
		assertThat(halfway.progressValue()).isEqualByComparingTo("0.2271961102");
		assertThat(halfway.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(halfway.explanation().zh()).contains("目标值为0");
	}

	@Test
	void needsTwoYearsOfTheSameSign() {
		assertThat(this.method.evaluate(Given.atLeast(2015, "-2", 2030, "3"), measured(2020, "1"), 2020).status())
			.isEqualTo(SdgStatus.NOT_AVAILABLE);
		assertThat(this.method.evaluate(Given.atLeast(2015, null, 2030, "80"), measured(2020, "60"), 2020).status())
			.isEqualTo(SdgStatus.NOT_AVAILABLE);
		assertThat(this.method.evaluate(this.rising, measured(2021, "60"), 2020).status())
			.isEqualTo(SdgStatus.NOT_AVAILABLE);
	}

	@Test
	void aMissingBaseYearMovesToTheNextYearWithData() {
		SdgEvaluation result = this.method.evaluate(Given.atLeast(2015, null, 2030, "80"),
				measured(2016, "50", 2021, "60"), 2021);
		assertThat(result.baseYear()).isEqualTo(2016);
		assertThat(result.progressValue()).isNotNull();
	}

	@Test
	void milestonesAreNotAvailable() {
		TargetSpec milestone = TargetSpec.of(Comparison.MILESTONE, null, MeasureKind.LEVEL, null,
				TargetValue.due(2023));
		assertThat(this.method.evaluate(milestone, Observations.none(), 2023).status())
			.isEqualTo(SdgStatus.NOT_AVAILABLE);
	}

	@Test
	void anIndicatorTakesTheMeanScoreOfItsSeries() {
		SdgEvaluation substantial = this.method.evaluate(this.rising, measured(2020, "60"), 2020);
		SdgEvaluation limited = this.method.evaluate(this.rising, measured(2020, "52"), 2020);
		OpenSdgMethod.Summary summary = OpenSdgMethod.summarise(List.of(substantial, limited));
		assertThat(summary.score()).isEqualByComparingTo("1.289588519");
		assertThat(summary.status()).isEqualTo(SdgStatus.MODERATE_PROGRESS);
	}

	@Test
	void theEngineRunsTheChosenMethod() {
		ProgressEngine engine = new ProgressEngine();
		Outcome plan = engine.evaluate(EvaluationMethod.PLAN_TRAJECTORY, this.rising, measured(2020, "60"), List.of(),
				OpenSdgMethod.Options.NONE, 2020);
		Outcome sdg = engine.evaluate(EvaluationMethod.OPEN_SDG, this.rising, measured(2020, "60"), List.of(),
				OpenSdgMethod.Options.NONE, 2020);
		assertThat(plan).isInstanceOf(Evaluation.class);
		assertThat(plan.status()).isEqualTo(Status.ON_TRACK);
		assertThat(sdg.status()).isEqualTo(SdgStatus.SUBSTANTIAL_PROGRESS);
		assertThat(sdg.status().zh()).isEqualTo("进展显著（按期）");
	}

}
