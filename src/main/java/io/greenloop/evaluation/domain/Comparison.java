package io.greenloop.evaluation.domain;

/**
 * How a target's figure is to be met; one constant for each comparator of the plan
 * catalogue. Each says whether it needs a figure and whether it needs a stated
 * {@link Direction}: the bounds (≥, >, ≤, <) need one that agrees with them, so a
 * catalogue row typed "≥" but "lower is better" is refused rather than silently read one
 * way; elimination, negative growth and "not below the base" carry their own direction.
 */
public enum Comparison {

	/** At least: 达到, 以上, 不低于. */
	GE("≥", true, true, Direction.HIGHER_IS_BETTER),
	/** More than: 超过. */
	GT(">", true, true, Direction.HIGHER_IS_BETTER),
	/** At most: 以下, 不超过, 控制在. */
	LE("≤", true, true, Direction.LOWER_IS_BETTER),
	/** Less than: 低于. */
	LT("<", true, true, Direction.LOWER_IS_BETTER),
	/** Exactly, where neither way is better. */
	EQ("=", true, false, null),
	/** About (左右, 约): within a tolerance of the figure. */
	APPROX("≈", true, false, null),
	/** Between two figures ("1—2个"). */
	RANGE("∈", true, false, null),
	/** 负增长: the value falls year on year. */
	NEGATIVE_GROWTH("<上年", false, false, Direction.LOWER_IS_BETTER),
	/** 不降低, 不减少: not below the baseline. */
	NOT_BELOW_BASE("≥基期", false, false, Direction.HIGHER_IS_BETTER),
	/** 基本消除, 动态清零: down to zero. */
	ELIMINATE("→0", false, false, Direction.LOWER_IS_BETTER),
	/**
	 * 达到国家考核目标: a higher level sets the figure each year; each year's figure is entered
	 * as that year's own target ({@link TargetSpec#assigned()}).
	 */
	ASSIGNED("下达", false, true, null),
	/** 稳中向好: stable or improving against the baseline. */
	STABLE_OR_BETTER("稳中向好", false, true, null),
	/** A qualitative deliverable (里程碑), judged by a person: 待人工评定 until judged. */
	MILESTONE("✓", false, false, null);

	private final String symbol;

	private final boolean figure;

	private final boolean directionRequired;

	private final Direction fixed;

	Comparison(String symbol, boolean figure, boolean directionRequired, Direction fixed) {
		this.symbol = symbol;
		this.figure = figure;
		this.directionRequired = directionRequired;
		this.fixed = fixed;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether the target must state a figure ({@link TargetValue#value()}). */
	public boolean needsFigure() {
		return this.figure;
	}

	/** Whether the target must state its direction. */
	public boolean needsDirection() {
		return this.directionRequired;
	}

	/**
	 * The only direction that makes sense for this comparison (the bounds, elimination,
	 * negative growth, not below the base), or null.
	 */
	public Direction fixedDirection() {
		return this.fixed;
	}

	/** Whether the target is met by a number compared with a figure. */
	boolean isBound() {
		return this.figure || this == ELIMINATE || this == ASSIGNED;
	}

}
