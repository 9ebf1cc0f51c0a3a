package io.greenloop.reporting.domain.rules;

/**
 * What a rule checks. The first three look at how a value was reported and take no
 * expressions; {@link #COMPARISON} relates a left and a right expression.
 */
public enum RuleKind {

	/** A numeric item's value, as typed, is a number. */
	TYPE,
	/** The unit reported, if any, is the indicator's unit. */
	UNIT,
	/** A value is reported at all. */
	REQUIRED,
	/** {@code left operator right}, such as {@code numerator ≤ denominator}. */
	COMPARISON

}
