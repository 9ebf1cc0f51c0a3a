package io.greenloop.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.domain.rules.ItemFacts;
import io.greenloop.shared.Decimals;

/**
 * What a typed value must be for Greenloop to keep it, whatever the validation rules say
 * (an administrator may disable those): a numerator or denominator that is a number
 * within {@link Decimals#MAX_DIGITS} digits, and texts short enough to read. Checked for
 * values saved in a page, through the API and from workbooks alike; the value of a
 * numeric item is left to the TYPE rule, which explains the same.
 */
final class ValueLimits {

	/** The longest note, or text of a milestone: a paragraph, not a pasted document. */
	static final int MAX_TEXT = 2000;

	/** The longest unit; the longest real one, 万吨标准煤/万元, has 8 characters. */
	static final int MAX_UNIT = 50;

	private ValueLimits() {
	}

	/** The problems of one typed value, each naming its item and field. */
	static List<ValueProblem> check(ReportItem item, ValueInput input) {
		List<ValueProblem> problems = new ArrayList<>();
		notANumber(item, "numerator", input.numerator()).ifPresent(problems::add);
		notANumber(item, "denominator", input.denominator()).ifPresent(problems::add);
		if (!item.numeric()) {
			tooLong(item, "value", input.value(), MAX_TEXT).ifPresent(problems::add);
		}
		tooLong(item, "unit", input.unit(), MAX_UNIT).ifPresent(problems::add);
		tooLong(item, "note", input.note(), MAX_TEXT).ifPresent(problems::add);
		return problems;
	}

	/**
	 * A TYPE problem, if the text is given but is no number Greenloop keeps: not one at
	 * all ("abc", "12,5"), or one out of range ("1E+100000", a hundred digits).
	 * @param field value, numerator or denominator
	 */
	static Optional<ValueProblem> notANumber(ReportItem item, String field, String text) {
		if (text == null || ItemFacts.parseValue(text) != null) {
			return Optional.empty();
		}
		String quoted = ItemFacts.quoted(text);
		String zh = "%s：%s“%s”".formatted(item.name(), chinese(field), quoted);
		String en = "%s: the %s “%s”".formatted(item.name(), field, quoted);
		if (ItemFacts.isOutOfRange(text)) {
			zh += "超出范围：整数部分和小数部分各不能超过%d位".formatted(Decimals.MAX_DIGITS);
			en += " is out of range: at most %d digits before and %d after the decimal point"
				.formatted(Decimals.MAX_DIGITS, Decimals.MAX_DIGITS);
		}
		else {
			zh += "不是数字";
			en += " is not a number";
		}
		return Optional.of(problem(item, field, "TYPE", "数值类型", zh, en));
	}

	private static Optional<ValueProblem> tooLong(ReportItem item, String field, String text, int max) {
		if (text == null || text.codePointCount(0, text.length()) <= max) {
			return Optional.empty();
		}
		int length = text.codePointCount(0, text.length());
		return Optional.of(problem(item, field, "LENGTH", "长度",
				"%s：%s有%d个字符，最多%d个".formatted(item.name(), chinese(field), length, max),
				"%s: the %s has %d characters, at most %d".formatted(item.name(), english(field), length, max)));
	}

	private static String chinese(String field) {
		return switch (field) {
			case "numerator" -> "分子";
			case "denominator" -> "分母";
			case "unit" -> "单位";
			case "note" -> "备注";
			default -> "值";
		};
	}

	private static String english(String field) {
		return "value".equals(field) ? "text" : field;
	}

	private static ValueProblem problem(ReportItem item, String field, String rule, String ruleName, String zh,
			String en) {
		return new ValueProblem(item.code(), item.name(), field, rule, ruleName, "ERROR", zh, en, null, null);
	}

}
