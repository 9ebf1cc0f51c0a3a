package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed expression's tree. Every node evaluates all its operands before giving up, so
 * a {@link Evaluation.Missing} lists every absent variable at once rather than the first.
 */
sealed interface Node permits Node.Number, Node.Name, Node.Negation, Node.Arithmetic, Node.Call {

	/** Decimal64 (16 digits): more than any reported figure carries, and no doubles. */
	MathContext PRECISION = MathContext.DECIMAL64;

	Evaluation evaluate(Map<String, BigDecimal> values);

	void collectVariables(Set<String> variables);

	record Number(BigDecimal number) implements Node {

		@Override
		public Evaluation evaluate(Map<String, BigDecimal> values) {
			return new Evaluation.Value(this.number);
		}

		@Override
		public void collectVariables(Set<String> variables) {
		}

	}

	record Name(Variable variable) implements Node {

		@Override
		public Evaluation evaluate(Map<String, BigDecimal> values) {
			BigDecimal value = values.get(this.variable.identifier());
			return (value != null) ? new Evaluation.Value(value)
					: new Evaluation.Missing(Set.of(this.variable.identifier()));
		}

		@Override
		public void collectVariables(Set<String> variables) {
			variables.add(this.variable.identifier());
		}

	}

	record Negation(Node operand) implements Node {

		@Override
		public Evaluation evaluate(Map<String, BigDecimal> values) {
			return combine(List.of(this.operand), values, (numbers) -> new Evaluation.Value(numbers.get(0).negate()));
		}

		@Override
		public void collectVariables(Set<String> variables) {
			this.operand.collectVariables(variables);
		}

	}

	/**
	 * One of + - * /.
	 *
	 * @param divisorText the right operand as written, named when a division is undefined
	 */
	record Arithmetic(char operator, Node left, Node right, String divisorText) implements Node {

		@Override
		public Evaluation evaluate(Map<String, BigDecimal> values) {
			return combine(List.of(this.left, this.right), values, this::apply);
		}

		private Evaluation apply(List<BigDecimal> operands) {
			BigDecimal a = operands.get(0);
			BigDecimal b = operands.get(1);
			if (this.operator == '/' && b.signum() == 0) {
				return new Evaluation.Undefined(this.divisorText);
			}
			return new Evaluation.Value(switch (this.operator) {
				case '+' -> a.add(b, PRECISION);
				case '-' -> a.subtract(b, PRECISION);
				case '*' -> a.multiply(b, PRECISION);
				default -> a.divide(b, PRECISION);
			});
		}

		@Override
		public void collectVariables(Set<String> variables) {
			this.left.collectVariables(variables);
			this.right.collectVariables(variables);
		}

	}

	record Call(MathFunction function, List<Node> arguments) implements Node {

		@Override
		public Evaluation evaluate(Map<String, BigDecimal> values) {
			return combine(this.arguments, values, (numbers) -> new Evaluation.Value(this.function.apply(numbers)));
		}

		@Override
		public void collectVariables(Set<String> variables) {
			this.arguments.forEach((argument) -> argument.collectVariables(variables));
		}

	}

	/**
	 * Evaluates every operand; missing variables win over an undefined operand, because
	 * reporting them is what lets the department fix the submission.
	 */
	private static Evaluation combine(List<Node> operands, Map<String, BigDecimal> values,
			Function<List<BigDecimal>, Evaluation> compute) {
		Set<String> missing = new LinkedHashSet<>();
		Evaluation undefined = null;
		List<BigDecimal> numbers = new ArrayList<>();
		for (Node operand : operands) {
			Evaluation result = operand.evaluate(values);
			if (result instanceof Evaluation.Missing absent) {
				missing.addAll(absent.variables());
			}
			else if (result instanceof Evaluation.Undefined) {
				undefined = (undefined != null) ? undefined : result;
			}
			else {
				numbers.add(((Evaluation.Value) result).value());
			}
		}
		if (!missing.isEmpty()) {
			return new Evaluation.Missing(missing);
		}
		return (undefined != null) ? undefined : compute.apply(numbers);
	}

}
