package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.atLeast;
import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The margins between statuses, on 60 (2020) → ≥ 80 (2025), where 2023 expects 72 (60% of
 * the way): 10 points behind is still on track, 20 still only lagging.
 */
class ThresholdsTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	final TargetSpec spec = atLeast(2020, "60", 2025, "80");

	private Status in2023(String value) {
		return this.evaluator.evaluate(this.spec, measured(2023, value), 2023).status();
	}

	@Test
	void defaultsAreHalfAYearAndAYearOfAFiveYearPlan() {
		assertThat(Thresholds.DEFAULTS.laggingMargin()).isEqualTo(0.10);
		assertThat(Thresholds.DEFAULTS.seriousMargin()).isEqualTo(0.20);
		assertThat(in2023("72")).isEqualTo(Status.ON_TRACK);
		assertThat(in2023("70")).isEqualTo(Status.ON_TRACK);
		assertThat(in2023("69.8")).isEqualTo(Status.LAGGING);
		assertThat(in2023("68")).isEqualTo(Status.LAGGING);
		assertThat(in2023("67.8")).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(in2023("80")).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void worseThanTheBaselineIsSerious() {
		Evaluation result = this.evaluator.evaluate(this.spec, measured(2021, "59"), 2021);
		assertThat(result.status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(result.progress()).isEqualByComparingTo("-0.05");
		assertThat(result.explanation().zh()).contains("比基期更差");
	}

	@Test
	void aMissedTargetInItsDueYearIsNeverOnTrack() {
		Evaluation close = this.evaluator.evaluate(this.spec, measured(2025, "78"), 2025);
		assertThat(close.status()).isEqualTo(Status.LAGGING);
		assertThat(close.explanation().zh()).contains("已到期限未达标");
		assertThat(this.evaluator.evaluate(this.spec, measured(2025, "75"), 2025).status())
			.isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(this.evaluator.evaluate(this.spec, measured(2026, "79"), 2026).status()).isEqualTo(Status.LAGGING);
	}

	@Test
	void marginsAreConfigurable() {
		TargetEvaluator strict = new TargetEvaluator(new Thresholds(0.05, 0.15, 0.05, 0.02));
		assertThat(strict.evaluate(this.spec, measured(2023, "70"), 2023).status()).isEqualTo(Status.LAGGING);
		assertThat(strict.evaluate(this.spec, measured(2023, "68"), 2023).status()).isEqualTo(Status.SERIOUSLY_LAGGING);
		assertThat(strict.evaluate(this.spec, measured(2023, "68"), 2023).explanation().zh())
			.contains("滞后阈值5、严重滞后阈值15个百分点");
	}

	@Test
	void refusesMarginsOutOfOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(0.3, 0.2, 0.05, 0.02));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(-0.1, 0.2, 0.05, 0.02));
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(0.1, 0.2, -0.05, 0.02));
	}

}
