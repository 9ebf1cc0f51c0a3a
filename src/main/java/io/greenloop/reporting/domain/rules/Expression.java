package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small arithmetic expression over an item's facts, the sides of a {@link Rule}, such
 * as {@code abs(value - previous) / abs(previous)}. Administrators type them, so they are
 * parsed once, refused with a position when wrong, and evaluated with {@link BigDecimal}
 * (Decimal64) because reported figures must not pick up binary rounding.
 *
 * <pre>
 * expr   := term (('+' | '-') term)*
 * term   := factor (('*' | '/') factor)*
 * factor := NUMBER | IDENT | '(' expr ')' | '-' factor | FUNC '(' expr (',' expr)* ')'
 * </pre>
 *
 * Numbers are plain decimals ({@code 0.5}, {@code 100}; not {@code 1e3}); identifiers are
 * the {@link Variable}s; functions are {@code abs}, {@code min} and {@code max}.
 */
public final class Expression {

	private final String text;

	private final Node root;

	Expression(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * @throws InvalidExpressionException naming the position and what was expected
	 */
	public static Expression parse(String text) {
		return ExpressionParser.parse(text, false).get(0);
	}

	/**
	 * Expressions separated by top-level commas, such as the bounds "0, 100" of
	 * {@link Operator#BETWEEN}; a comma inside {@code min(a, b)} does not separate.
	 * @throws InvalidExpressionException naming the position and what was expected
	 */
	public static List<Expression> parseList(String text) {
		return List.copyOf(ExpressionParser.parse(text, true));
	}

	/** The expression as written, trimmed, with full-width forms made half-width. */
	public String text() {
		return this.text;
	}

	/** The identifiers it uses, in the order they first appear. */
	public Set<String> variables() {
		Set<String> variables = new LinkedHashSet<>();
		this.root.collectVariables(variables);
		return Collections.unmodifiableSet(variables);
	}

	/**
	 * Evaluates against the facts of one item.
	 * @param values numbers by identifier; an absent key or a null value is missing
	 */
	public Evaluation evaluate(Map<String, BigDecimal> values) {
		return this.root.evaluate(values);
	}

	/** Whether it is a bare number, such as the 100 of "0, 100". */
	public boolean isConstant() {
		return this.root instanceof Node.Number;
	}

	/** The variable, when the expression is nothing but one, as "value" is. */
	Optional<Variable> asVariable() {
		return (this.root instanceof Node.Name name) ? Optional.of(name.variable()) : Optional.empty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Expression expression && this.text.equals(expression.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
