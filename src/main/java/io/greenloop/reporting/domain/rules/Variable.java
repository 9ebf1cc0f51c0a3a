package io.greenloop.reporting.domain.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names an expression may use: the fixed facts known about a reported item. The set
 * is closed so that a rule typed with "valeu" is refused when saved rather than silently
 * never firing.
 */
public enum Variable {

	/** 填报值: the value reported for this period. */
	VALUE("value", "填报值", "the reported value"),
	/** 分子: the reported numerator of a rate. */
	NUMERATOR("numerator", "分子", "the numerator"),
	/** 分母: the reported denominator of a rate. */
	DENOMINATOR("denominator", "分母", "the denominator"),
	/** 上期值: the item's value in the previous period. */
	PREVIOUS("previous", "上期值", "the previous period's value"),
	/** 目标值: the target figure. */
	TARGET("target", "目标值", "the target"),
	/** 基期值: the baseline figure. */
	BASELINE("baseline", "基期值", "the baseline");

	private final String identifier;

	private final Wording label;

	Variable(String identifier, String zh, String en) {
		this.identifier = identifier;
		this.label = Wording.of(zh, en);
	}

	/** The name as written in expressions, such as {@code denominator}. */
	public String identifier() {
		return this.identifier;
	}

	/** What a reader calls it: 分母, or "the denominator" in English. */
	public String label(Locale locale) {
		return this.label.in(locale);
	}

	Wording label() {
		return this.label;
	}

	/** Refuses a name that is none of the variables, listing those that are. */
	static Wording unknown(String name) {
		String known = Arrays.stream(values()).map(Variable::identifier).collect(Collectors.joining(", "));
		return Wording.of("未知变量“" + name + "”，可用的变量有" + known,
				"unknown variable '" + name + "'; the variables are " + known);
	}

	public static Optional<Variable> of(String identifier) {
		return Arrays.stream(values()).filter((variable) -> variable.identifier.equals(identifier)).findFirst();
	}

}
