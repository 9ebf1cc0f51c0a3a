package io.greenloop.evaluation.domain;

/**
 * Which way a target's value is better, of the value as the target states it: a
 * cumulative decline of energy intensity is better when it is higher. Stated for every
 * target that needs it, never guessed: {@link Comparison} says which ones do.
 */
public enum Direction {

	HIGHER_IS_BETTER(1), LOWER_IS_BETTER(-1);

	private final int sign;

	Direction(int sign) {
		this.sign = sign;
	}

	/** +1 when higher is better, −1 when lower is better. */
	public int sign() {
		return this.sign;
	}

	/** How much better {@code value} is than {@code reference}: positive when better. */
	double better(double value, double reference) {
		return this.sign * (value - reference);
	}

	String zh() {
		return (this == HIGHER_IS_BETTER) ? "越高越好" : "越低越好";
	}

	String en() {
		return (this == HIGHER_IS_BETTER) ? "higher is better" : "lower is better";
	}

}
