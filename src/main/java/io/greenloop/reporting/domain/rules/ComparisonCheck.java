package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code left operator right}. An operand that is missing or undefined is not a failed
 * comparison: the rule's {@link MissingPolicy} decides whether it is worth a word.
 *
 * @param rule the rule
 * @param left its left side
 * @param right its right side: one expression, or two bounds for BETWEEN
 */
record ComparisonCheck(Rule rule, Expression left, List<Expression> right) implements Check {

	@Override
	public Optional<Violation> apply(ItemFacts item) {
		Map<String, BigDecimal> operands = item.operands();
		List<Evaluation> results = new ArrayList<>();
		results.add(this.left.evaluate(operands));
		this.right.forEach((expression) -> results.add(expression.evaluate(operands)));
		Wording unusable = unusable(results);
		if (unusable != null) {
			return whenMissing(item, unusable);
		}
		List<BigDecimal> values = results.stream().map((result) -> ((Evaluation.Value) result).value()).toList();
		BigDecimal leftValue = values.get(0);
		List<BigDecimal> bounds = values.subList(1, values.size());
		return this.rule.operator().holds(leftValue, bounds) ? Optional.empty() : failed(item, leftValue, bounds);
	}

	/** Says which values fail the relation, such as "填报值120不在0至100之间". */
	private Optional<Violation> failed(ItemFacts item, BigDecimal leftValue, List<BigDecimal> bounds) {
		List<Wording> described = new ArrayList<>();
		for (int i = 0; i < bounds.size(); i++) {
			described.add(describe(this.right.get(i), bounds.get(i)));
		}
		Wording reason = this.rule.operator().failure(describe(this.left, leftValue), described);
		String right = bounds.stream().map(DecimalText::format).collect(Collectors.joining("至"));
		return broken(item, reason, DecimalText.format(leftValue), right);
	}

	/**
	 * Null if every side has a value; else which variables are missing or why undefined.
	 */
	private static Wording unusable(List<Evaluation> results) {
		Set<Variable> missing = new LinkedHashSet<>();
		for (Evaluation result : results) {
			if (result instanceof Evaluation.Missing absent) {
				absent.variables().forEach((name) -> missing.add(Variable.of(name).orElseThrow()));
			}
		}
		if (!missing.isEmpty()) {
			return Wording.of("缺少" + missing.stream().map((v) -> v.label().zh()).collect(Collectors.joining("、")),
					"missing " + missing.stream().map((v) -> v.label().en()).collect(Collectors.joining(", ")));
		}
		return results.stream()
			.filter(Evaluation.Undefined.class::isInstance)
			.map((result) -> ((Evaluation.Undefined) result).reason())
			.findFirst()
			.orElse(null);
	}

	private Optional<Violation> whenMissing(ItemFacts item, Wording reason) {
		return switch (this.rule.onMissing()) {
			case SKIP -> Optional.empty();
			case ERROR -> Optional.of(Violation.unchecked(this.rule, item, Importance.ERROR, reason));
			case WARNING -> Optional.of(Violation.unchecked(this.rule, item, Importance.WARNING, reason));
		};
	}

	/**
	 * "100"; "分母40" for a bare variable; "abs(value - previous) / abs(previous)（=0.8）"
	 * otherwise.
	 */
	private static Wording describe(Expression expression, BigDecimal value) {
		String number = DecimalText.format(value);
		if (expression.isConstant()) {
			return Wording.of(number, number);
		}
		return expression.asVariable()
			.map((variable) -> Wording.of(variable.label().zh() + number, variable.label().en() + " " + number))
			.orElseGet(() -> Wording.of(expression.text() + "（=" + number + "）",
					expression.text() + " (= " + number + ")"));
	}

}
