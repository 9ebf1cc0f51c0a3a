package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds what is wrong with a {@link Rule} as an administrator typed it, in words the rule
 * page can show next to the field.
 */
final class RuleProblems {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private final Rule rule;

	private final List<Wording> problems = new ArrayList<>();

	private RuleProblems(Rule rule) {
		this.rule = rule;
	}

	static List<Wording> of(Rule rule) {
		RuleProblems found = new RuleProblems(rule);
		found.identity();
		found.sides();
		found.template();
		return List.copyOf(found.problems);
	}

	private void identity() {
		if (this.rule.code() == null || !CODE.matcher(this.rule.code()).matches()) {
			add("规则代码应由大写字母、数字和下划线组成，如PERCENT_RANGE",
					"the code is upper-case letters, digits and underscores, such as PERCENT_RANGE");
		}
		if (blank(this.rule.name())) {
			add("请填写规则名称", "the name is empty");
		}
		if (this.rule.kind() == null) {
			add("请选择规则类型：TYPE、UNIT、REQUIRED或COMPARISON", "choose a kind: TYPE, UNIT, REQUIRED or COMPARISON");
		}
		if (this.rule.importance() == null) {
			add("请选择重要程度：错误或警告", "choose an importance: error or warning");
		}
	}

	private void sides() {
		if (this.rule.kind() == RuleKind.COMPARISON) {
			comparison();
		}
		else if (this.rule.kind() != null
				&& (!blank(this.rule.left()) || this.rule.operator() != null || !blank(this.rule.right()))) {
			add(this.rule.kind() + "规则不使用左侧、运算符和右侧，请留空",
					"a " + this.rule.kind() + " rule takes no left side, operator or right side; leave them empty");
		}
	}

	private void comparison() {
		if (blank(this.rule.left())) {
			add("请填写左侧表达式", "the left side is empty");
		}
		else {
			parse(this.rule.left(), false, Wording.of("左侧：", "left side: "));
		}
		if (this.rule.operator() == null) {
			add("请选择运算符", "choose an operator");
		}
		if (blank(this.rule.right())) {
			add("请填写右侧表达式", "the right side is empty");
		}
		else {
			List<Expression> bounds = parse(this.rule.right(), true, Wording.of("右侧：", "right side: "));
			if (bounds != null && this.rule.operator() != null) {
				bounds(bounds);
			}
		}
		if (this.rule.onMissing() == null) {
			add("请选择缺值时的处理：跳过、错误或警告", "choose what a missing value means: skip, error or warning");
		}
	}

	private void bounds(List<Expression> bounds) {
		Operator operator = this.rule.operator();
		if (bounds.size() != operator.bounds()) {
			if (operator == Operator.BETWEEN) {
				add("“介于”（∈）需要两个界限，用逗号分隔，如“0, 100”",
						"BETWEEN (∈) needs two bounds separated by a comma, such as '0, 100'");
			}
			else {
				add("运算符“" + operator.symbol() + "”只取一个右侧表达式，两个界限请用“介于”（∈）",
						"the operator " + operator.symbol() + " takes one right side; use BETWEEN (∈) for two bounds");
			}
		}
		else if (operator == Operator.BETWEEN && bounds.get(0).isConstant() && bounds.get(1).isConstant()) {
			BigDecimal lower = constant(bounds.get(0));
			BigDecimal upper = constant(bounds.get(1));
			if (lower.compareTo(upper) > 0) {
				add("下限" + DecimalText.format(lower) + "大于上限" + DecimalText.format(upper), "the lower bound "
						+ DecimalText.format(lower) + " is above the upper bound " + DecimalText.format(upper));
			}
		}
	}

	private void template() {
		for (String name : this.rule.unknownPlaceholders()) {
			add("消息模板中的{" + name + "}无法填写，可用{value}、{previous}、{left}、{right}",
					"the message template cannot fill in {" + name + "}; use {value}, {previous}, {left} or {right}");
		}
	}

	private List<Expression> parse(String text, boolean list, Wording side) {
		try {
			return list ? Expression.parseList(text) : List.of(Expression.parse(text));
		}
		catch (InvalidExpressionException ex) {
			this.problems.add(ex.wording().prefixed(side));
			return null;
		}
	}

	private static BigDecimal constant(Expression expression) {
		return ((Evaluation.Value) expression.evaluate(Map.of())).value();
	}

	private void add(String zh, String en) {
		this.problems.add(Wording.of(zh, en));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
