package io.greenloop.waste.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTests {

	/**
	 * Codes in the real format, recalled from published enterprise records (not looked up
	 * again); each satisfies the check independently computed.
	 */
	static final String[] REAL = { "91350100M000100Y43", "91110000802100433B", "91440300708461136T",
			"91110108551385082Q" };

	@Test
	void acceptsRealCodes() {
		for (String real : REAL) {
			assertThat(CreditCode.of(real).value()).isEqualTo(real);
		}
		assertThat(CreditCode.of(" 91110000802100433b ").value()).isEqualTo("91110000802100433B");
		assertThat(CreditCode.of("91350100M000100Y43").registrationRegion()).isEqualTo("350100");
	}

	@Test
	void refusesEveryOtherCheckCharacter() {
		for (String real : REAL) {
			for (char other : CreditCode.CHARACTERS.toCharArray()) {
				if (other != real.charAt(17)) {
					String wrong = real.substring(0, 17) + other;
					assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(wrong))
						.withMessageContaining("check character of " + wrong + " is wrong")
						.withMessageContaining("'" + real.charAt(17) + "'");
				}
			}
		}
	}

	@Test
	void refusesATransposition() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91350100M001000Y43"))
			.withMessageContaining("check character");
	}

	@Test
	void refusesWrongLengthAndCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("9135010M000100Y43"))
			.withMessageContaining("18 characters, not 17");
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91350100M0001O0Y43"))
			.withMessageContaining("Character 14")
			.withMessageContaining("without I, O, Z, S, V");
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(null));
	}

	@Test
	void checksIndustryCodeFormat() {
		assertThat(IndustryCode.of("c2614").value()).isEqualTo("C2614");
		assertThat(IndustryCode.of("44").value()).isEqualTo("44");
		for (String wrong : new String[] { "2", "C26145", "Z26", "26A", "" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> IndustryCode.of(wrong))
				.withMessageContaining("GB/T 4754");
		}
	}

}
