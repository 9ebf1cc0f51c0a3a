package io.greenloop.plan.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SeedTextTests {

	final SeedText text = new SeedText("x.txt", """
			到 2025年，具备条件的自治区级及以上园区实施循环化改
			字体: （默认）宋体, （中

			文）宋体, 四号
			造，主要资源产出率较 2020年提高约 20%
			""");

	@Test
	void findsAQuoteAcrossLineBreaksAndSpaces() {
		assertThat(this.text.contains(1, 1, "到2025年，具备条件的自治区级")).isTrue();
		assertThat(this.text.contains(1, 5, "主要资源产出率较2020年提高约20%")).isTrue();
	}

	@Test
	void findsFragmentsInOrderAcrossALayoutArtefact() {
		assertThat(this.text.contains(1, 5, "园区实施循环化改 … 造，主要资源产出率")).isTrue();
		assertThat(this.text.contains(1, 5, "造，主要资源产出率 … 园区实施循环化改")).isFalse();
	}

	@Test
	void looksOnlyInTheCitedLines() {
		assertThat(this.text.contains(1, 2, "主要资源产出率")).isFalse();
		assertThat(this.text.contains(5, 5, "主要资源产出率较2020年提高约20%")).isTrue();
	}

	@Test
	void refusesAWordThatIsNotThere() {
		assertThat(this.text.contains(1, 5, "主要资源产出率较2020年提高约25%")).isFalse();
		assertThat(this.text.contains(0, 5, "到2025年")).isFalse();
		assertThat(this.text.contains(1, 99, "到2025年")).isFalse();
	}

	@Test
	void printsLinesByTheirNumbers() {
		assertThat(this.text.lines(4, 5)).containsExactly("文）宋体, 四号", "造，主要资源产出率较 2020年提高约 20%");
		assertThatIllegalArgumentException().isThrownBy(() -> this.text.lines(5, 99));
	}

}
