package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExpressionTests {

	@Test
	void multipliesAndDividesBeforeAddingAndSubtracting() {
		assertThat(valueOf("1 + 2 * 3")).isEqualByComparingTo("7");
		assertThat(valueOf("(1 + 2) * 3")).isEqualByComparingTo("9");
		assertThat(valueOf("10 - 4 - 3")).isEqualByComparingTo("3");
		assertThat(valueOf("100 / 4 / 5")).isEqualByComparingTo("5");
		assertThat(valueOf("2 + 10 / 4")).isEqualByComparingTo("4.5");
	}

	@Test
	void negatesWhatFollowsTheMinus() {
		assertThat(valueOf("-2 * 3")).isEqualByComparingTo("-6");
		assertThat(valueOf("2 * -3")).isEqualByComparingTo("-6");
		assertThat(valueOf("-(1 + 2)")).isEqualByComparingTo("-3");
		assertThat(valueOf("3 - -1")).isEqualByComparingTo("4");
		assertThat(valueOf("- -2")).isEqualByComparingTo("2");
	}

	@Test
	void callsAbsMinAndMax() {
		assertThat(valueOf("abs(-2.5)")).isEqualByComparingTo("2.5");
		assertThat(valueOf("min(3, 1, 2)")).isEqualByComparingTo("1");
		assertThat(valueOf("max(3, min(10, 4))")).isEqualByComparingTo("4");
		assertThat(valueOf("abs(1 - 4) * 2")).isEqualByComparingTo("6");
	}

	@Test
	void evaluatesVariablesFromTheItemsFacts() {
		Expression jump = Expression.parse("abs(value - previous) / abs(previous)");
		Map<String, BigDecimal> operands = Map.of("value", new BigDecimal("90"), "previous", new BigDecimal("60"));
		assertThat(jump.evaluate(operands)).isEqualTo(new Evaluation.Value(new BigDecimal("0.5")));
	}

	@Test
	void computesInDecimalsNotBinaryFractions() {
		assertThat(valueOf("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
		assertThat(valueOf("1 / 3")).isEqualTo(new BigDecimal("0.3333333333333333"));
	}

	@Test
	void listsItsVariablesInTheOrderTheyAppear() {
		assertThat(Expression.parse("abs(value - previous) / abs(previous) + numerator").variables())
			.containsExactly("value", "previous", "numerator");
		assertThat(Expression.parse("0.5").variables()).isEmpty();
	}

	@Test
	void namesEveryMissingVariable() {
		Evaluation result = Expression.parse("numerator / denominator * 100").evaluate(Map.of());
		assertThat(result).isInstanceOf(Evaluation.Missing.class);
		assertThat(((Evaluation.Missing) result).variables()).containsExactly("numerator", "denominator");
	}

	@Test
	void isUndefinedWhenDividingByZero() {
		Evaluation result = Expression.parse("numerator / denominator")
			.evaluate(Map.of("numerator", BigDecimal.ONE, "denominator", new BigDecimal("0.00")));
		assertThat(result).isEqualTo(new Evaluation.Undefined("denominator"));
		Evaluation.Undefined undefined = (Evaluation.Undefined) result;
		assertThat(undefined.reason(Locale.CHINA)).isEqualTo("除数“denominator”为零");
		assertThat(undefined.reason(Locale.ENGLISH)).isEqualTo("the divisor 'denominator' is zero");
		assertThat(Expression.parse("1 / abs(previous)").evaluate(Map.of("previous", BigDecimal.ZERO)))
			.isEqualTo(new Evaluation.Undefined("abs(previous)"));
	}

	@Test
	void reportsMissingVariablesRatherThanADivisionByZero() {
		Evaluation result = Expression.parse("value / 0 + numerator").evaluate(Map.of("value", BigDecimal.TEN));
		assertThat(result).isEqualTo(new Evaluation.Missing(Set.of("numerator")));
	}

	@Test
	void readsFullWidthFormsFromAChineseInputMethod() {
		Expression expression = Expression.parse("（value－1）×2");
		assertThat(expression.text()).isEqualTo("(value-1)*2");
		assertThat(expression.evaluate(Map.of("value", new BigDecimal("5")))).isEqualTo(value("8"));
	}

	@Test
	void splitsBoundsAtTopLevelCommasOnly() {
		assertThat(Expression.parseList("0, 100")).extracting(Expression::text).containsExactly("0", "100");
		assertThat(Expression.parseList("min(1, 2), max(target, 3)")).extracting(Expression::text)
			.containsExactly("min(1, 2)", "max(target, 3)");
		assertThat(Expression.parseList("value")).hasSize(1);
	}

	@Test
	void refusesAMisplacedOperatorNamingPositionAndExpectation() {
		InvalidExpressionException ex = refusal("1 + * 2");
		assertThat(ex.position()).isEqualTo(5);
		assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第5个字符处：应为数字、变量、函数或“(”，实际为“*”");
		assertThat(ex.message(Locale.ENGLISH))
			.isEqualTo("at position 5: expected a number, a variable, a function or '(' but found '*'");
		assertThat(ex.getMessage()).isEqualTo(ex.message(Locale.ENGLISH));
	}

	@Test
	void refusesAnUnknownVariableListingTheKnownOnes() {
		InvalidExpressionException ex = refusal("2 * valeu");
		assertThat(ex.position()).isEqualTo(5);
		assertThat(ex.message(Locale.CHINESE))
			.isEqualTo("第5个字符处：未知变量“valeu”，可用的变量有value, numerator, denominator, previous, target, baseline");
		assertThat(ex.message(Locale.ENGLISH)).contains("unknown variable 'valeu'");
	}

	@Test
	void refusesUnknownFunctionsAndWrongArgumentCounts() {
		assertThat(refusal("sqrt(value)").message(Locale.ENGLISH))
			.isEqualTo("at position 1: unknown function 'sqrt'; the functions are abs, min, max");
		assertThat(refusal("1 + abs(1, 2)").message(Locale.ENGLISH))
			.isEqualTo("at position 5: abs takes 1 argument(s), not 2");
		assertThat(refusal("min(1)").message(Locale.CHINESE)).isEqualTo("第1个字符处：min至少需要2个参数，实际为1个");
		assertThat(refusal("value(1)").message(Locale.ENGLISH)).contains("'value' is a variable, not a function");
		assertThat(refusal("abs value").message(Locale.ENGLISH))
			.isEqualTo("at position 5: expected '(' after the function abs but found 'value'");
	}

	@Test
	void refusesUnclosedParenthesesAndTrailingWords() {
		assertThat(refusal("(value + 1").message(Locale.ENGLISH))
			.isEqualTo("at position 11: expected an operator or ')' but found the end of the expression");
		assertThat(refusal("value 2").message(Locale.ENGLISH))
			.isEqualTo("at position 7: expected an operator (+ - * /) or the end but found '2'");
		assertThat(refusal("min(1, 2").message(Locale.CHINESE)).isEqualTo("第9个字符处：应为运算符、“,”或“)”，实际为表达式结尾");
		assertThat(refusal("0, 100").position()).isEqualTo(2);
	}

	@Test
	void refusesNumbersThatAreNotPlainDecimals() {
		assertThat(refusal("1e3").message(Locale.ENGLISH))
			.isEqualTo("at position 1: numbers are plain decimals such as 0.5 or 100, not '1e3'");
		assertThat(refusal("5.").message(Locale.ENGLISH)).isEqualTo("at position 3: expected a digit after '.'");
		assertThat(valueOf(".5")).isEqualByComparingTo("0.5");
	}

	@Test
	void refusesStrangeCharactersAndEmptyExpressions() {
		assertThat(refusal("value # 2").position()).isEqualTo(7);
		assertThat(refusal("value # 2").message(Locale.CHINESE)).isEqualTo("第7个字符处：应为数字、变量、函数、运算符或括号，实际为“#”");
		assertThat(refusal("  ").message(Locale.ENGLISH)).isEqualTo(
				"at position 3: expected a number, a variable, a function or '(' but found the end of the expression");
		assertThat(refusal(null).position()).isEqualTo(1);
		assertThat(refusal("0,").message(Locale.ENGLISH)).contains("position 2");
	}

	private static BigDecimal valueOf(String text) {
		Evaluation result = Expression.parse(text).evaluate(Map.of());
		assertThat(result).isInstanceOf(Evaluation.Value.class);
		return ((Evaluation.Value) result).value();
	}

	private static Evaluation value(String number) {
		return new Evaluation.Value(new BigDecimal(number));
	}

	private static InvalidExpressionException refusal(String text) {
		return assertThatExceptionOfType(InvalidExpressionException.class).isThrownBy(() -> Expression.parse(text))
			.actual();
	}

}
