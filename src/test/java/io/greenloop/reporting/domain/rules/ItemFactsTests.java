package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ItemFactsTests {

	@Test
	void readsPlainDecimalsAsTyped() {
		assertThat(ItemFacts.parseValue("60")).isEqualTo(new BigDecimal("60"));
		assertThat(ItemFacts.parseValue(" -3.50 ")).isEqualTo(new BigDecimal("-3.50"));
		assertThat(ItemFacts.parseValue("６０．５")).isEqualTo(new BigDecimal("60.5"));
	}

	@Test
	void refusesWhatIsNotAPlainDecimal() {
		assertThat(ItemFacts.parseValue("abc")).isNull();
		assertThat(ItemFacts.parseValue("12,5")).isNull();
		assertThat(ItemFacts.parseValue("60%")).isNull();
		assertThat(ItemFacts.parseValue("1e3")).isNull();
		assertThat(ItemFacts.parseValue("")).isNull();
		assertThat(ItemFacts.parseValue(null)).isNull();
	}

	@Test
	void refusesAFigureOfMoreThanFortyDigitsBeforeOrAfterThePointAsOutOfRange() {
		assertThat(ItemFacts.parseValue("9".repeat(40) + "." + "9".repeat(40))).isNotNull();
		assertThat(ItemFacts.parseValue("1.5" + "0".repeat(60))).isEqualByComparingTo("1.5");
		for (String huge : List.of("1" + "0".repeat(40), "0." + "0".repeat(40) + "1", "1" + "0".repeat(200_000))) {
			assertThat(ItemFacts.parseValue(huge)).as("%.20s", huge).isNull();
			assertThat(ItemFacts.isOutOfRange(huge)).as("%.20s", huge).isTrue();
		}
		assertThat(ItemFacts.isOutOfRange("1E+100000")).isTrue();
		assertThat(ItemFacts.isOutOfRange("1E+99999999999")).isTrue();
		assertThat(ItemFacts.isOutOfRange("1e3")).isFalse();
		assertThat(ItemFacts.isOutOfRange("abc")).isFalse();
		assertThat(ItemFacts.isOutOfRange("60")).isFalse();
	}

	/** A hang guard: BigDecimal takes seconds to read a million digits. */
	@Test
	void refusesAMillionDigitsWithoutReadingThem() {
		String million = "1" + "0".repeat(1_000_000);
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			assertThat(ItemFacts.parseValue(million)).isNull();
			assertThat(ItemFacts.isOutOfRange(million)).isTrue();
		});
	}

	@Test
	void offersOnlyKnownNumbersAsOperands() {
		ItemFacts item = Items.rate().typed("62").previous("58").build();
		assertThat(item.operands()).containsOnlyKeys("value", "previous");
		assertThat(item.operands().get("value")).isEqualByComparingTo("62");
	}

}
