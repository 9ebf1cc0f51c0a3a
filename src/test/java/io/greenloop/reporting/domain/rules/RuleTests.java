package io.greenloop.reporting.domain.rules;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTests {

	@Test
	void shippedRulesHaveNoProblems() {
		assertThat(ShippedRules.all()).allSatisfy((rule) -> assertThat(rule.problems(Locale.CHINA)).isEmpty());
	}

	@Test
	void namesTheSideAndPositionOfAnUnparsableExpression() {
		Rule rule = comparison("abs(value - previous", Operator.LE, "0.5 *");
		assertThat(rule.problems(Locale.CHINA)).containsExactly("左侧：第21个字符处：应为运算符、“,”或“)”，实际为表达式结尾",
				"右侧：第6个字符处：应为数字、变量、函数或“(”，实际为表达式结尾");
		assertThat(rule.problems(Locale.ENGLISH)).containsExactly(
				"left side: at position 21: expected an operator, ',' or ')' but found the end of the expression",
				"right side: at position 6: expected a number, a variable, a function or '(' but found the end of the expression");
	}

	@Test
	void wantsTwoBoundsForBetween() {
		assertThat(comparison("value", Operator.BETWEEN, "100").problems(Locale.CHINA))
			.containsExactly("“介于”（∈）需要两个界限，用逗号分隔，如“0, 100”");
		assertThat(comparison("value", Operator.BETWEEN, "0, 100, 200").problems(Locale.ENGLISH))
			.containsExactly("BETWEEN (∈) needs two bounds separated by a comma, such as '0, 100'");
		assertThat(comparison("value", Operator.BETWEEN, "0, target").problems(Locale.CHINA)).isEmpty();
	}

	@Test
	void wantsOneRightSideForOtherOperators() {
		assertThat(comparison("value", Operator.LE, "0, 100").problems(Locale.CHINA))
			.containsExactly("运算符“≤”只取一个右侧表达式，两个界限请用“介于”（∈）");
		assertThat(comparison("value", Operator.LE, "max(target, 100)").problems(Locale.CHINA)).isEmpty();
	}

	@Test
	void refusesBoundsInTheWrongOrder() {
		assertThat(comparison("value", Operator.BETWEEN, "100, 0").problems(Locale.CHINA))
			.containsExactly("下限100大于上限0");
	}

	@Test
	void wantsEveryPartOfAComparison() {
		Rule empty = new Rule("EMPTY", "空规则", RuleKind.COMPARISON, " ", null, null, Importance.ERROR, null, null, true,
				null);
		assertThat(empty.problems(Locale.CHINA)).containsExactly("请填写左侧表达式", "请选择运算符", "请填写右侧表达式",
				"请选择缺值时的处理：跳过、错误或警告");
	}

	@Test
	void wantsACodeANameAKindAndAnImportance() {
		Rule rule = new Rule("percent range", "", null, null, null, null, null, MissingPolicy.SKIP, null, true, null);
		assertThat(rule.problems(Locale.ENGLISH)).containsExactly(
				"the code is upper-case letters, digits and underscores, such as PERCENT_RANGE", "the name is empty",
				"choose a kind: TYPE, UNIT, REQUIRED or COMPARISON", "choose an importance: error or warning");
	}

	@Test
	void wantsNoExpressionsOnTypeUnitOrRequiredRules() {
		Rule rule = new Rule("UNIT_CHECK", "单位", RuleKind.UNIT, "value", Operator.GE, "0", Importance.ERROR,
				MissingPolicy.SKIP, null, true, null);
		assertThat(rule.problems(Locale.CHINA)).containsExactly("UNIT规则不使用左侧、运算符和右侧，请留空");
	}

	@Test
	void refusesPlaceholdersItCannotFillIn() {
		Rule rule = new Rule("LOW", "不低于目标", RuleKind.COMPARISON, "value", Operator.GE, "target", Importance.WARNING,
				MissingPolicy.SKIP, null, true, "填报值{value}低于目标{target}");
		assertThat(rule.problems(Locale.CHINA))
			.containsExactly("消息模板中的{target}无法填写，可用{value}、{previous}、{left}、{right}");
	}

	@Test
	void takesAnyScopeWhenNoneIsGiven() {
		assertThat(comparison("value", Operator.GE, "0").scope()).isEqualTo(RuleScope.ANY);
	}

	static Rule comparison(String left, Operator operator, String right) {
		return new Rule("CHECK", "检查", RuleKind.COMPARISON, left, operator, right, Importance.ERROR, MissingPolicy.SKIP,
				null, true, null);
	}

}
