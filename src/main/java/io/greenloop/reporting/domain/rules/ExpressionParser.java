package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the grammar in {@link Expression}. Each refusal names the
 * position and what would have been accepted there.
 */
final class ExpressionParser {

	private static final Wording OPERAND = Wording.of("数字、变量、函数或“(”", "a number, a variable, a function or '('");

	private final String text;

	private final List<Token> tokens;

	private int next;

	private ExpressionParser(String text) {
		this.text = Token.ascii(text);
		this.tokens = Token.split(this.text);
	}

	static List<Expression> parse(String text, boolean list) {
		return new ExpressionParser(text).expressions(list);
	}

	private List<Expression> expressions(boolean list) {
		List<Expression> expressions = new ArrayList<>();
		do {
			int start = peek().index();
			Node root = sum();
			expressions.add(new Expression(this.text.substring(start, previousEnd()), root));
		}
		while (list && accept(","));
		expect(Token.Kind.END, list ? Wording.of("运算符、“,”或表达式结尾", "an operator, ',' or the end")
				: Wording.of("运算符（+ - * /）或表达式结尾", "an operator (+ - * /) or the end"));
		return expressions;
	}

	private Node sum() {
		Node node = product();
		while (peek().is("+") || peek().is("-")) {
			char operator = take().text().charAt(0);
			node = new Node.Arithmetic(operator, node, product(), null);
		}
		return node;
	}

	private Node product() {
		Node node = factor();
		while (peek().is("*") || peek().is("/")) {
			char operator = take().text().charAt(0);
			int start = peek().index();
			Node right = factor();
			node = new Node.Arithmetic(operator, node, right, this.text.substring(start, previousEnd()));
		}
		return node;
	}

	private Node factor() {
		Token token = take();
		if (token.kind() == Token.Kind.NUMBER) {
			return number(token);
		}
		if (token.kind() == Token.Kind.IDENTIFIER) {
			return peek().is("(") ? call(token) : name(token);
		}
		if (token.is("(")) {
			Node inner = sum();
			expect(")", Wording.of("运算符或“)”", "an operator or ')'"));
			return inner;
		}
		if (token.is("-")) {
			return new Node.Negation(factor());
		}
		throw expected(OPERAND, token);
	}

	private Node number(Token token) {
		if (peek().kind() == Token.Kind.IDENTIFIER && peek().index() == token.end()) {
			throw new InvalidExpressionException(token.index() + 1, Wording.of(
					"数字只能写成0.5、100这样的小数，不接受“" + token.text() + peek().text() + "”",
					"numbers are plain decimals such as 0.5 or 100, not '" + token.text() + peek().text() + "'"));
		}
		return new Node.Number(new BigDecimal(token.text()));
	}

	private Node name(Token token) {
		if (MathFunction.of(token.text()).isPresent()) {
			throw expected(Wording.of("函数" + token.text() + "后的“(”", "'(' after the function " + token.text()), peek());
		}
		return new Node.Name(Variable.of(token.text())
			.orElseThrow(() -> new InvalidExpressionException(token.index() + 1, Variable.unknown(token.text()))));
	}

	private Node call(Token token) {
		MathFunction function = MathFunction.of(token.text())
			.orElseThrow(() -> new InvalidExpressionException(token.index() + 1, MathFunction.unknown(token.text())));
		take();
		List<Node> arguments = new ArrayList<>();
		do {
			arguments.add(sum());
		}
		while (accept(","));
		expect(")", Wording.of("运算符、“,”或“)”", "an operator, ',' or ')'"));
		Wording problem = function.arityProblem(arguments.size());
		if (problem != null) {
			throw new InvalidExpressionException(token.index() + 1, problem);
		}
		return new Node.Call(function, arguments);
	}

	private void expect(String symbol, Wording expected) {
		if (!accept(symbol)) {
			throw expected(expected, peek());
		}
	}

	private void expect(Token.Kind kind, Wording expected) {
		if (peek().kind() != kind) {
			throw expected(expected, peek());
		}
	}

	private static InvalidExpressionException expected(Wording expected, Token found) {
		Wording quoted = found.quoted();
		return new InvalidExpressionException(found.index() + 1, Wording.of("应为" + expected.zh() + "，实际为" + quoted.zh(),
				"expected " + expected.en() + " but found " + quoted.en()));
	}

	private boolean accept(String symbol) {
		if (peek().is(symbol)) {
			take();
			return true;
		}
		return false;
	}

	private Token peek() {
		return this.tokens.get(this.next);
	}

	private Token take() {
		Token token = peek();
		this.next = Math.min(this.next + 1, this.tokens.size() - 1);
		return token;
	}

	private int previousEnd() {
		return this.tokens.get(Math.max(this.next - 1, 0)).end();
	}

}
