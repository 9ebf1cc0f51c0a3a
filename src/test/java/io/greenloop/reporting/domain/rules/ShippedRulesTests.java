package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedRulesTests {

	final RuleEngine engine = new RuleEngine();

	@Test
	void shipsStableCodesAllEnabled() {
		assertThat(ShippedRules.all()).extracting(Rule::code)
			.containsExactly("TYPE", "UNIT", "REQUIRED", "PERCENT_RANGE", "NUMERATOR_NOT_ABOVE_DENOMINATOR",
					"RATE_MATCHES_PARTS", "JUMP");
		assertThat(ShippedRules.all()).allMatch(Rule::enabled);
	}

	@Test
	void passesAnItemReportedWell() {
		ItemFacts good = Items.rate()
			.typed("62.5")
			.reportedUnit("％")
			.numerator("125")
			.denominator("200")
			.previous("58")
			.build();
		assertThat(this.engine.check(ShippedRules.all(), good)).isEmpty();
	}

	@Test
	void typeFlagsTextInANumericItem() {
		assertThat(violations(ShippedRules.TYPE, Items.rate().typed("六十"))).singleElement()
			.satisfies((violation) -> assertThat(violation.importance()).isEqualTo(Importance.ERROR));
		assertThat(violations(ShippedRules.TYPE, Items.rate().typed("60"))).isEmpty();
	}

	@Test
	void unitFlagsAnotherUnit() {
		assertThat(violations(ShippedRules.UNIT, Items.tonnes().typed("3").reportedUnit("t"))).hasSize(1);
		assertThat(violations(ShippedRules.UNIT, Items.tonnes().typed("3").reportedUnit("万吨"))).isEmpty();
	}

	@Test
	void requiredFlagsNothingReported() {
		assertThat(violations(ShippedRules.REQUIRED, Items.tonnes())).hasSize(1);
		assertThat(violations(ShippedRules.REQUIRED, Items.tonnes().typed("0"))).isEmpty();
	}

	@Test
	void percentRangeKeepsPercentLevelsBetweenZeroAndHundred() {
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate().typed("120"))).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.importance()).isEqualTo(Importance.ERROR);
				assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：不符合规则“百分比在0至100之间”——填报值120不在0至100之间");
				assertThat(violation.message(Locale.ENGLISH)).isEqualTo(
						"一般工业固体废物综合利用率: breaks rule “百分比在0至100之间” — the reported value 120 is not between 0 and 100");
			});
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate().typed("100"))).isEmpty();
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate().typed("-1"))).hasSize(1);
	}

	@Test
	void percentRangeLeavesOutDeclinesOtherUnitsAndMissingValues() {
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate().measure("INCREASE_FROM_BASE").typed("120")))
			.isEmpty();
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.tonnes().measure("LEVEL").typed("120"))).isEmpty();
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate().unit("％").typed("120"))).hasSize(1);
		assertThat(violations(ShippedRules.PERCENT_RANGE, Items.rate())).isEmpty();
	}

	@Test
	void numeratorMayNotExceedDenominator() {
		assertThat(violations(ShippedRules.NUMERATOR_NOT_ABOVE_DENOMINATOR,
				Items.rate().numerator("210").denominator("200")))
			.singleElement()
			.satisfies((violation) -> assertThat(violation.message())
				.isEqualTo("一般工业固体废物综合利用率：不符合规则“分子不大于分母”——分子210大于分母200"));
		assertThat(violations(ShippedRules.NUMERATOR_NOT_ABOVE_DENOMINATOR,
				Items.rate().numerator("200").denominator("200")))
			.isEmpty();
		assertThat(violations(ShippedRules.NUMERATOR_NOT_ABOVE_DENOMINATOR, Items.rate().numerator("210"))).isEmpty();
	}

	@Test
	void rateMustMatchItsPartsWithinHalfAPoint() {
		assertThat(violations(ShippedRules.RATE_MATCHES_PARTS,
				Items.rate().typed("65").numerator("125").denominator("200")))
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.importance()).isEqualTo(Importance.WARNING);
				assertThat(violation.message())
					.isEqualTo("一般工业固体废物综合利用率：不符合规则“比率与分子、分母相符”——填报值65与分子÷分母×100相差2.5，超过0.5个百分点");
			});
		assertThat(violations(ShippedRules.RATE_MATCHES_PARTS,
				Items.rate().typed("62.9").numerator("125").denominator("200")))
			.isEmpty();
		assertThat(
				violations(ShippedRules.RATE_MATCHES_PARTS, Items.rate().typed("62.5").numerator("0").denominator("0")))
			.isEmpty();
	}

	@Test
	void jumpWarnsOfAChangeAboveHalfThePreviousValue() {
		assertThat(violations(ShippedRules.JUMP, Items.tonnes().typed("16").previous("10"))).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.importance()).isEqualTo(Importance.WARNING);
				assertThat(violation.ruleName()).isEqualTo("较上期变化不超过50%");
				assertThat(violation.message()).isEqualTo("工业固体废物产生量：不符合规则“较上期变化不超过50%”——较上期变化超过50%：本期16，上期10，请核实");
				assertThat(violation.message(Locale.ENGLISH))
					.endsWith("— abs(value - previous) / abs(previous) (= 0.6) is greater than 0.5");
			});
		assertThat(violations(ShippedRules.JUMP, Items.tonnes().typed("15").previous("10"))).isEmpty();
		assertThat(violations(ShippedRules.JUMP, Items.tonnes().typed("4").previous("10"))).hasSize(1);
		assertThat(violations(ShippedRules.JUMP, Items.tonnes().typed("4").previous("0"))).isEmpty();
		assertThat(violations(ShippedRules.JUMP, Items.tonnes().typed("4"))).isEmpty();
	}

	@Test
	void jumpCanBeShippedWithAnotherShare() {
		Rule jump = ShippedRules.jump(new BigDecimal("0.3"));
		assertThat(jump.name()).isEqualTo("较上期变化不超过30%");
		assertThat(jump.right()).isEqualTo("0.3");
		assertThat(this.engine.check(List.of(jump), Items.tonnes().typed("14").previous("10").build())).hasSize(1);
		assertThat(this.engine.check(List.of(jump), Items.tonnes().typed("13").previous("10").build())).isEmpty();
	}

	private List<Violation> violations(String code, Items item) {
		Rule rule = ShippedRules.all()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow();
		return this.engine.check(List.of(rule), item.build());
	}

}
