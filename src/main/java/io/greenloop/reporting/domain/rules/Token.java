package io.greenloop.reporting.domain.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of an expression.
 *
 * @param kind what sort of word
 * @param text the word as written, after full-width forms became half-width
 * @param index where it starts, counting from 0
 */
record Token(Kind kind, String text, int index) {

	enum Kind {

		NUMBER, IDENTIFIER, SYMBOL, END

	}

	int end() {
		return this.index + this.text.length();
	}

	boolean is(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

	/** How the word is quoted in a message: “*”, or the end of the expression. */
	Wording quoted() {
		return (this.kind == Kind.END) ? Wording.of("表达式结尾", "the end of the expression")
				: Wording.of("“" + this.text + "”", "'" + this.text + "'");
	}

	/** Splits an expression into words, reading it {@link #ascii as ASCII}. */
	static List<Token> split(String expression) {
		String text = ascii(expression);
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			if (Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			else {
				Token token = read(text, i);
				tokens.add(token);
				i = token.end();
			}
		}
		tokens.add(new Token(Kind.END, "", text.length()));
		return tokens;
	}

	private static Token read(String text, int start) {
		char c = text.charAt(start);
		if (isDigit(c) || (c == '.' && start + 1 < text.length() && isDigit(text.charAt(start + 1)))) {
			return new Token(Kind.NUMBER, text.substring(start, numberEnd(text, start)), start);
		}
		if (isIdentifierPart(c) && !isDigit(c)) {
			int end = start + 1;
			while (end < text.length() && isIdentifierPart(text.charAt(end))) {
				end++;
			}
			return new Token(Kind.IDENTIFIER, text.substring(start, end), start);
		}
		if ("+-*/(),".indexOf(c) >= 0) {
			return new Token(Kind.SYMBOL, String.valueOf(c), start);
		}
		throw new InvalidExpressionException(start + 1, Wording.of("应为数字、变量、函数、运算符或括号，实际为“" + c + "”",
				"expected a number, a variable, a function, an operator or a parenthesis but found '" + c + "'"));
	}

	private static int numberEnd(String text, int start) {
		int end = digitsEnd(text, start);
		if (end < text.length() && text.charAt(end) == '.') {
			if (digitsEnd(text, end + 1) == end + 1) {
				throw new InvalidExpressionException(end + 2, Wording.of("小数点后应为数字", "expected a digit after '.'"));
			}
			end = digitsEnd(text, end + 1);
		}
		return end;
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Full-width forms from a Chinese input method ("（", "，") and the signs × ÷ −
	 * replaced one for one by their ASCII equivalents, so positions stay where the user
	 * typed them.
	 */
	static String ascii(String expression) {
		String halfWidth = UnitText.halfWidth((expression != null) ? expression : "");
		return halfWidth.replace('×', '*').replace('÷', '/').replace('\u2212', '-');
	}

}
