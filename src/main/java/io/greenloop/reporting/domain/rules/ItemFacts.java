package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What is known about one reported item when its submission is validated: the indicator
 * target it reports on and what the department typed for it. Nulls mean "not known" or
 * "not reported".
 *
 * @param code the item's code, stable across periods
 * @param name what departments call it, such as 一般工业固体废物综合利用率
 * @param expectedUnit the indicator's unit, such as "%"
 * @param numeric whether the item is reported as a number rather than as text
 * @param measure the target's measure, such as LEVEL
 * @param concept the indicator concept's code
 * @param rawValue the value as typed, such as "60.5", "abc", "12,5" or "60%"
 * @param value the rawValue as a number ({@link #parseValue}), null if it is none
 * @param numerator the numerator of a rate, if reported
 * @param denominator the denominator of a rate, if reported
 * @param reportedUnit the unit the department reported, if it reported one
 * @param previous the item's value in the previous period
 * @param target the target figure
 * @param baseline the baseline figure
 */
public record ItemFacts(String code, String name, String expectedUnit, boolean numeric, String measure, String concept,
		String rawValue, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String reportedUnit,
		BigDecimal previous, BigDecimal target, BigDecimal baseline) {

	/**
	 * The number a typed value stands for, as the TYPE rule understands it: a plain
	 * decimal such as "60", "-3.5" or full-width "６０．５"; null for "abc", "12,5", "60%",
	 * "1e3", a blank or a figure {@linkplain #isOutOfRange out of range}.
	 */
	public static BigDecimal parseValue(String rawValue) {
		return DecimalText.parse(rawValue);
	}

	/**
	 * Whether a typed value is written as a number but has more than
	 * {@link io.greenloop.shared.Decimals#MAX_DIGITS} digits before or after its decimal
	 * point, such as "1E+100000": {@link #parseValue} refuses it, for a reason of its
	 * own.
	 */
	public static boolean isOutOfRange(String rawValue) {
		return DecimalText.isOutOfRange(rawValue);
	}

	/** A typed text as messages quote it: trimmed, and cut to 40 characters with "…". */
	public static String quoted(String rawValue) {
		return DecimalText.quoted(rawValue);
	}

	/**
	 * The numbers expressions may use, by {@link Variable#identifier()}; absent if null.
	 */
	public Map<String, BigDecimal> operands() {
		Map<String, BigDecimal> operands = new HashMap<>();
		put(operands, Variable.VALUE, this.value);
		put(operands, Variable.NUMERATOR, this.numerator);
		put(operands, Variable.DENOMINATOR, this.denominator);
		put(operands, Variable.PREVIOUS, this.previous);
		put(operands, Variable.TARGET, this.target);
		put(operands, Variable.BASELINE, this.baseline);
		return Collections.unmodifiableMap(operands);
	}

	/** How messages name the item: its name, or its code if it has none. */
	String label() {
		return (this.name != null && !this.name.isBlank()) ? this.name : this.code;
	}

	boolean typedSomething() {
		return this.rawValue != null && !this.rawValue.isBlank();
	}

	private static void put(Map<String, BigDecimal> operands, Variable variable, BigDecimal number) {
		if (number != null) {
			operands.put(variable.identifier(), number);
		}
	}

}
