package io.greenloop.plan;

/** Which way a value is better. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER,
	/** Neither: a milestone, or a value that must sit at a level. */
	NONE

}
