package io.greenloop.reporting.domain.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validation rule (校验规则) as administrators keep it: data, not code, so that a new
 * plausibility check or a different tolerance needs no release. A rule may be stored with
 * mistakes while it is being edited; {@link #problems} lists them, and only a rule
 * without problems can be checked.
 *
 * @param code a stable UPPER_SNAKE code, such as PERCENT_RANGE
 * @param name what the rule demands, in Chinese, such as 百分比在0至100之间
 * @param kind what the rule checks
 * @param left for a comparison, the left {@link Expression}, such as {@code numerator}
 * @param operator for a comparison, the relation that must hold
 * @param right for a comparison, the right expression; for BETWEEN two separated by a
 * comma, such as "0, 100"
 * @param importance whether a violation blocks submitting
 * @param onMissing for a comparison, what a missing or undefined operand means
 * @param scope which items the rule applies to; null is {@link RuleScope#ANY}
 * @param enabled whether the rule is checked at all
 * @param message an optional template for the Chinese explanation, replacing the
 * generated one; {value}, {previous}, {left} and {right} are filled in
 */
public record Rule(String code, String name, RuleKind kind, String left, Operator operator, String right,
		Importance importance, MissingPolicy onMissing, RuleScope scope, boolean enabled, String message) {

	/** The placeholders a message template may use. */
	public static final Set<String> PLACEHOLDERS = Set.of("value", "previous", "left", "right");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	public Rule {
		scope = (scope != null) ? scope : RuleScope.ANY;
	}

	/**
	 * What is wrong with the rule as typed, such as "右侧：第3个字符处：应为数字、变量、函数或“(”，实际为表达式结尾";
	 * empty when it can be checked.
	 */
	public List<String> problems(Locale locale) {
		return RuleProblems.of(this).stream().map((problem) -> problem.in(locale)).toList();
	}

	boolean hasTemplate() {
		return this.message != null && !this.message.isBlank();
	}

	/** The reason a violation gives: the template filled in, else the generated text. */
	Wording explain(Wording generated, Map<String, String> placeholders) {
		if (!hasTemplate()) {
			return generated;
		}
		Matcher matcher = PLACEHOLDER.matcher(this.message.strip());
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = placeholders.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return Wording.of(filled.toString(), generated.en());
	}

	List<String> unknownPlaceholders() {
		if (!hasTemplate()) {
			return List.of();
		}
		return PLACEHOLDER.matcher(this.message)
			.results()
			.map((result) -> result.group(1))
			.filter((name) -> !PLACEHOLDERS.contains(name))
			.toList();
	}

}
