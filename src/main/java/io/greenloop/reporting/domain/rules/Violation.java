package io.greenloop.reporting.domain.rules;

import java.util.Locale;

/**
 * A rule an item breaks, or could not be checked against. Departments fix what they are
 * told, so the message names the item and the rule and says why, such as
 * "一般工业固体废物综合利用率：不符合规则“百分比在0至100之间”——填报值120不在0至100之间".
 *
 * @param itemCode the item's code
 * @param itemName the item's name
 * @param ruleCode the rule's code
 * @param ruleName the rule's name
 * @param importance whether it blocks submitting
 * @param message the Chinese message
 * @param englishMessage the English message; rule names and message templates are data
 * written in Chinese, so they stay Chinese here while the generated reason is English
 */
public record Violation(String itemCode, String itemName, String ruleCode, String ruleName, Importance importance,
		String message, String englishMessage) {

	/** The English message for an English locale, the Chinese one otherwise. */
	public String message(Locale locale) {
		return Wording.of(this.message, this.englishMessage).in(locale);
	}

	/** The item breaks the rule for the given reason. */
	static Violation breaking(Rule rule, ItemFacts item, Importance importance, Wording reason) {
		return of(rule, item, importance,
				Wording.of("：不符合规则“" + rule.name() + "”——", ": breaks rule “" + rule.name() + "” — "), reason);
	}

	/**
	 * An operand was missing or undefined and the rule's {@link MissingPolicy} objects.
	 */
	static Violation unchecked(Rule rule, ItemFacts item, Importance importance, Wording reason) {
		return of(rule, item, importance, Wording.of("：无法按规则“" + rule.name() + "”检查——",
				": cannot be checked against rule “" + rule.name() + "” — "), reason);
	}

	private static Violation of(Rule rule, ItemFacts item, Importance importance, Wording lead, Wording reason) {
		Wording message = reason.prefixed(lead).prefixed(Wording.of(item.label(), item.label()));
		return new Violation(item.code(), item.name(), rule.code(), rule.name(), importance, message.zh(),
				message.en());
	}

}
