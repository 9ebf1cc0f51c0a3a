package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhraseTests {

	@Test
	void fillsAsFormattedDoes() {
		String template = "%d年值%s（%s）下降%s%%，目标%s。";
		Object[] args = { 2024, new BigDecimal("12.50"), null, "3.31", BigDecimal.TEN };
		assertThat(Phrase.fill(template, args)).isEqualTo(template.formatted(args))
			.isEqualTo("2024年值12.50（null）下降3.31%，目标10。");
		assertThat(Phrase.fill("100%")).isEqualTo("100%");
	}

	@Test
	void refusesWhatItDoesNotFill() {
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.fill("%s and %s", "one"));
		assertThatIllegalArgumentException().isThrownBy(() -> Phrase.fill("%.2f", 1.0));
	}

}
