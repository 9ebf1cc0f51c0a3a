package io.greenloop.reporting.domain.rules;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class RuleEngineTests {

	static final Rule TYPE = kind("TYPE", "填报值须为数字", RuleKind.TYPE);

	static final Rule UNIT = kind("UNIT", "计量单位与指标一致", RuleKind.UNIT);

	static final Rule REQUIRED = kind("REQUIRED", "必须填报", RuleKind.REQUIRED);

	final RuleEngine engine = new RuleEngine();

	@Test
	void flagsANumericItemTypedAsText() {
		List<Violation> violations = this.engine.check(List.of(TYPE), Items.rate().typed("abc").build());
		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.ruleCode()).isEqualTo("TYPE");
			assertThat(violation.importance()).isEqualTo(Importance.ERROR);
			assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：不符合规则“填报值须为数字”——填报值“abc”不是数字");
			assertThat(violation.message(Locale.ENGLISH))
				.isEqualTo("一般工业固体废物综合利用率: breaks rule “填报值须为数字” — the reported value 'abc' is not a number");
		});
	}

	@Test
	void hintsAtCommasAndPercentSigns() {
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed("12,5").build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).endsWith("填报值“12,5”不是数字（小数点请用“.”，不要用逗号）"));
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed("60%").build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message(Locale.ENGLISH))
				.endsWith("the reported value '60%' is not a number (type the number without '%')"));
	}

	@Test
	void refusesANumberOutOfRangeSayingWhyAndQuotingOnlyItsStart() {
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed("1E+100000").build())).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.message()).endsWith("填报值“1E+100000”超出范围：整数部分和小数部分各不能超过40位");
				assertThat(violation.message(Locale.ENGLISH)).endsWith(
						"the reported value '1E+100000' is out of range: at most 40 digits before and 40 after the decimal point");
			});
		String huge = "1" + "0".repeat(200_000);
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed(huge).build())).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.message()).contains("填报值“1" + "0".repeat(39) + "…”超出范围");
				assertThat(violation.message()).hasSizeLessThan(200);
			});
	}

	@Test
	void acceptsNumbersTextItemsAndBlanksUnderTheTypeRule() {
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed("60.5").build())).isEmpty();
		assertThat(this.engine.check(List.of(TYPE), Items.text().typed("分类收集").build())).isEmpty();
		assertThat(this.engine.check(List.of(TYPE), Items.rate().typed(" ").build())).isEmpty();
	}

	@Test
	void flagsAReportedUnitThatIsNotTheIndicators() {
		assertThat(this.engine.check(List.of(UNIT), Items.tonnes().typed("12").reportedUnit("吨").build()))
			.singleElement()
			.satisfies((violation) -> assertThat(violation.message())
				.isEqualTo("工业固体废物产生量：不符合规则“计量单位与指标一致”——填报单位“吨”与指标单位“万吨”不一致"));
		assertThat(this.engine.check(List.of(UNIT), Items.text().typed("分类").reportedUnit("个").build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message(Locale.ENGLISH))
				.endsWith("the indicator has no unit but '个' was reported"));
	}

	@Test
	void acceptsTheSameUnitInAnyWidthOrNoneAtAll() {
		assertThat(this.engine.check(List.of(UNIT), Items.rate().typed("60").reportedUnit("％").build())).isEmpty();
		assertThat(this.engine.check(List.of(UNIT), Items.tonnes().typed("12").reportedUnit(" 万吨 ").build())).isEmpty();
		assertThat(this.engine.check(List.of(UNIT), Items.tonnes().typed("12").build())).isEmpty();
	}

	@Test
	void flagsAnItemWithNothingReported() {
		assertThat(this.engine.check(List.of(REQUIRED), Items.rate().build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：不符合规则“必须填报”——未填报"));
		assertThat(this.engine.check(List.of(REQUIRED), Items.text().typed("  ").build())).hasSize(1);
	}

	@Test
	void leavesATypingMistakeToTheTypeRule() {
		List<Violation> violations = this.engine.check(List.of(TYPE, REQUIRED), Items.rate().typed("abc").build());
		assertThat(violations).extracting(Violation::ruleCode).containsExactly("TYPE");
		assertThat(this.engine.check(List.of(REQUIRED), Items.text().typed("分类收集").build())).isEmpty();
	}

	@Test
	void comparesTheSidesOfARule() {
		Rule rule = comparison("numerator", Operator.LE, "denominator", MissingPolicy.SKIP);
		assertThat(this.engine.check(List.of(rule), Items.rate().numerator("40").denominator("50").build())).isEmpty();
		assertThat(this.engine.check(List.of(rule), Items.rate().numerator("60").denominator("50").build()))
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：不符合规则“检查”——分子60大于分母50");
				assertThat(violation.message(Locale.ENGLISH))
					.endsWith("— the numerator 60 is greater than the denominator 50");
			});
	}

	@Test
	void showsAComputedSideWithItsValue() {
		Rule rule = comparison("value - target", Operator.GE, "0", MissingPolicy.SKIP);
		assertThat(this.engine.check(List.of(rule), Items.rate().typed("55").target("60").build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).endsWith("——value - target（=-5）小于0"));
	}

	@Test
	void skipsAComparisonWithAMissingOperandWhenToldTo() {
		Rule rule = comparison("numerator", Operator.LE, "denominator", MissingPolicy.SKIP);
		assertThat(this.engine.check(List.of(rule), Items.rate().numerator("60").build())).isEmpty();
	}

	@Test
	void reportsMissingOperandsAsAnErrorWhenToldTo() {
		Rule rule = comparison("numerator", Operator.LE, "denominator", MissingPolicy.ERROR);
		assertThat(this.engine.check(List.of(rule), Items.rate().typed("60").build())).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.importance()).isEqualTo(Importance.ERROR);
				assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：无法按规则“检查”检查——缺少分子、分母");
				assertThat(violation.message(Locale.ENGLISH)).isEqualTo(
						"一般工业固体废物综合利用率: cannot be checked against rule “检查” — missing the numerator, the denominator");
			});
	}

	@Test
	void reportsMissingOperandsAsAWarningWhenToldTo() {
		Rule rule = new Rule("CHECK", "检查", RuleKind.COMPARISON, "value", Operator.GE, "previous", Importance.ERROR,
				MissingPolicy.WARNING, null, true, null);
		assertThat(this.engine.check(List.of(rule), Items.rate().typed("60").build())).singleElement()
			.satisfies((violation) -> {
				assertThat(violation.importance()).isEqualTo(Importance.WARNING);
				assertThat(violation.message()).endsWith("——缺少上期值");
			});
	}

	@Test
	void treatsADivisionByZeroLikeAMissingOperand() {
		Rule jump = comparison("abs(value - previous) / abs(previous)", Operator.LE, "0.5", MissingPolicy.ERROR);
		ItemFacts fromZero = Items.rate().typed("10").previous("0").build();
		assertThat(this.engine.check(List.of(jump), fromZero)).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).endsWith("——除数“abs(previous)”为零"));
		Rule skipping = comparison("abs(value - previous) / abs(previous)", Operator.LE, "0.5", MissingPolicy.SKIP);
		assertThat(this.engine.check(List.of(skipping), fromZero)).isEmpty();
	}

	@Test
	void treatsAValueTypedAsTextAsMissingInComparisons() {
		Rule rule = comparison("value", Operator.GE, "0", MissingPolicy.ERROR);
		assertThat(this.engine.check(List.of(TYPE, rule), Items.rate().typed("abc").build()))
			.extracting(Violation::ruleCode, Violation::importance)
			.containsExactly(tuple("TYPE", Importance.ERROR), tuple("CHECK", Importance.ERROR));
	}

	@Test
	void fillsTheMessageTemplateInChinese() {
		Rule rule = new Rule("LOW", "不低于目标", RuleKind.COMPARISON, "value", Operator.GE, "target", Importance.WARNING,
				MissingPolicy.SKIP, null, true, "填报值{value}低于目标{right}，上期{previous}（差{left}）");
		List<Violation> violations = this.engine.check(List.of(rule),
				Items.rate().typed("55.0").target("60").previous("52").build());
		assertThat(violations).singleElement().satisfies((violation) -> {
			assertThat(violation.message()).isEqualTo("一般工业固体废物综合利用率：不符合规则“不低于目标”——填报值55低于目标60，上期52（差55）");
			assertThat(violation.message(Locale.ENGLISH))
				.endsWith("— the reported value 55 is less than the target 60");
		});
	}

	@Test
	void skipsDisabledRulesAndRulesOutOfScope() {
		Rule disabled = new Rule("OFF", "停用", RuleKind.REQUIRED, null, null, null, Importance.ERROR, MissingPolicy.SKIP,
				null, false, null);
		Rule tonnesOnly = new Rule("TONNES", "吨", RuleKind.REQUIRED, null, null, null, Importance.ERROR,
				MissingPolicy.SKIP, new RuleScope("万吨", null, null, null, false), true, null);
		assertThat(this.engine.check(List.of(disabled, tonnesOnly), Items.rate().build())).isEmpty();
		assertThat(this.engine.check(List.of(disabled, tonnesOnly), Items.tonnes().build()))
			.extracting(Violation::ruleCode)
			.containsExactly("TONNES");
	}

	@Test
	void refusesAnEnabledRuleWithProblemsButIgnoresADisabledOne() {
		Rule broken = comparison("value +", Operator.GE, "0", MissingPolicy.SKIP);
		assertThatIllegalArgumentException().isThrownBy(() -> this.engine.check(List.of(broken), Items.rate().build()))
			.withMessageContaining("Rule CHECK cannot be checked: left side: at position 8");
		Rule draft = new Rule("CHECK", "检查", RuleKind.COMPARISON, "value +", Operator.GE, "0", Importance.ERROR,
				MissingPolicy.SKIP, null, false, null);
		assertThat(this.engine.check(List.of(draft), Items.rate().build())).isEmpty();
	}

	@Test
	void checksAllItemsInTheOrderOfItemsThenRules() {
		List<ItemFacts> items = List.of(Items.rate().typed("abc").build(), Items.tonnes().build(),
				Items.text().typed("分类收集").build());
		assertThat(this.engine.checkAll(List.of(TYPE, REQUIRED), items))
			.extracting(Violation::itemCode, Violation::ruleCode)
			.containsExactly(tuple("IW-01", "TYPE"), tuple("IW-02", "REQUIRED"));
	}

	@Test
	void namesAnItemWithoutANameByItsCode() {
		assertThat(this.engine.check(List.of(REQUIRED), Items.rate().name(null).build())).singleElement()
			.satisfies((violation) -> assertThat(violation.message()).startsWith("IW-01：不符合规则“必须填报”"));
	}

	static Rule comparison(String left, Operator operator, String right, MissingPolicy onMissing) {
		return new Rule("CHECK", "检查", RuleKind.COMPARISON, left, operator, right, Importance.ERROR, onMissing, null,
				true, null);
	}

	static Rule kind(String code, String name, RuleKind kind) {
		return new Rule(code, name, kind, null, null, null, Importance.ERROR, MissingPolicy.SKIP, null, true, null);
	}

}
