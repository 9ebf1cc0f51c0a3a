package io.greenloop.reporting.domain.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleScopeTests {

	@Test
	void anyCoversEveryItem() {
		assertThat(RuleScope.ANY.covers(Items.rate().build())).isTrue();
		assertThat(RuleScope.ANY.covers(Items.text().build())).isTrue();
	}

	@Test
	void matchesUnitsAcrossFullAndHalfWidthForms() {
		RuleScope percent = new RuleScope("%", null, null, null, false);
		assertThat(percent.covers(Items.rate().unit("％").build())).isTrue();
		assertThat(percent.covers(Items.rate().unit(" % ").build())).isTrue();
		assertThat(new RuleScope("％", null, null, null, false).covers(Items.rate().build())).isTrue();
		assertThat(new RuleScope("m3", null, null, null, false).covers(Items.rate().unit("m³").build())).isTrue();
	}

	@Test
	void leavesOutItemsInOtherUnits() {
		RuleScope percent = new RuleScope("%", null, null, null, false);
		assertThat(percent.covers(Items.tonnes().build())).isFalse();
		assertThat(percent.covers(Items.text().build())).isFalse();
	}

	@Test
	void matchesTheMeasure() {
		RuleScope levels = new RuleScope(null, "LEVEL", null, null, false);
		assertThat(levels.covers(Items.rate().build())).isTrue();
		assertThat(levels.covers(Items.rate().measure("DECLINE_FROM_BASE").build())).isFalse();
		assertThat(levels.covers(Items.rate().measure(null).build())).isFalse();
	}

	@Test
	void narrowsToOneItemOrConcept() {
		assertThat(new RuleScope(null, null, "IW-01", null, false).covers(Items.rate().build())).isTrue();
		assertThat(new RuleScope(null, null, "IW-01", null, false).covers(Items.tonnes().build())).isFalse();
		assertThat(new RuleScope(null, null, null, "SOLID_WASTE_GENERATED", false).covers(Items.tonnes().build()))
			.isTrue();
		assertThat(new RuleScope(null, null, null, "SOLID_WASTE_GENERATED", false).covers(Items.rate().build()))
			.isFalse();
	}

	@Test
	void numericOnlyLeavesOutTextItems() {
		assertThat(RuleScope.NUMERIC.covers(Items.rate().build())).isTrue();
		assertThat(RuleScope.NUMERIC.covers(Items.text().build())).isFalse();
	}

	@Test
	void treatsBlankFieldsFromAFormAsAny() {
		RuleScope typed = new RuleScope(" ", "", null, "  ", false);
		assertThat(typed).isEqualTo(RuleScope.ANY);
		assertThat(typed.covers(Items.tonnes().build())).isTrue();
	}

}
