package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
	void offersOnlyKnownNumbersAsOperands() {
		ItemFacts item = Items.rate().typed("62").previous("58").build();
		assertThat(item.operands()).containsOnlyKeys("value", "previous");
		assertThat(item.operands().get("value")).isEqualByComparingTo("62");
	}

}
