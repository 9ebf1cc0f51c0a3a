package io.greenloop.reporting.domain.rules;

/**
 * What a comparison does when an operand is missing (a numerator not reported) or
 * undefined (a previous value of 0 to divide by). Most rules skip, because whether a
 * value must be reported is the REQUIRED rule's business, not every comparison's.
 */
public enum MissingPolicy {

	/** No violation: the rule simply does not apply. */
	SKIP,
	/** An error saying which operand is missing or why it is undefined. */
	ERROR,
	/** A warning saying which operand is missing or why it is undefined. */
	WARNING

}
