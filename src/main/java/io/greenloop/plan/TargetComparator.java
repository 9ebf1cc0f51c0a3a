package io.greenloop.plan;

/**
 * How a target's figure is to be met. Numeric comparators carry a value; the others are
 * the plans' qualitative target types: a figure set by a higher level each year
 * (达到国家考核目标), negative growth, not below the baseline, elimination, 稳中向好, and milestones
 * judged by a person.
 */
public enum TargetComparator {

	/** At least: 达到, 以上, 不低于. */
	GE("≥", true),
	/** More than: 超过. */
	GT(">", true),
	/** At most: 以下, 不超过, 控制在. */
	LE("≤", true),
	/** Less than. */
	LT("<", true),
	/** Exactly. */
	EQ("=", true),
	/** About: 左右, 约. */
	APPROX("≈", true),
	/** Between two figures: "1—2个". */
	RANGE("–", true),
	/** 负增长: the value must fall year on year. */
	NEGATIVE_GROWTH("<0", false),
	/** 不降低: not below the baseline. */
	NOT_BELOW_BASE("≥基", false),
	/** 基本消除, 动态清零: nothing left. */
	ELIMINATE("→0", false),
	/** 达到国家考核目标, 完成自治区下达的目标: a figure a higher level sets. */
	ASSIGNED("⇐", false),
	/** 稳中向好: stable or improving. */
	STABLE_OR_BETTER("↗", false),
	/** A qualitative deliverable, judged by a person. */
	MILESTONE("✓", false);

	private final String symbol;

	private final boolean numeric;

	TargetComparator(String symbol, boolean numeric) {
		this.symbol = symbol;
		this.numeric = numeric;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether the target states a figure to compare with. */
	public boolean isNumeric() {
		return this.numeric;
	}

}
