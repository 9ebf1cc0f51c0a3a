package io.greenloop.evaluation;

import io.greenloop.evaluation.domain.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvaluationPropertiesTests {

	@Test
	void theConfiguredMarginsBecomeTheEnginesThresholds() {
		assertThat(new EvaluationProperties(0.05, 0.15, 0.03, 0.01).thresholds())
			.isEqualTo(new Thresholds(0.05, 0.15, 0.03, 0.01));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EvaluationProperties(0.3, 0.2, 0.05, 0.02).thresholds());
	}

}
