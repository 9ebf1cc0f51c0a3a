package io.greenloop.evaluation.domain;

/**
 * What a target's figure measures: the indicator's own level, or its cumulative change
 * since the base year. The changes are 0 in the base year by definition, so a printed
 * "baseline" of a change target (004 专栏1's "(25.0)", the previous plan's cumulative
 * decline) is history, not the starting point.
 */
public enum MeasureKind {

	/** The indicator's value itself ("利用率达到60%"). */
	LEVEL,
	/**
	 * Cumulative percentage decline since the base year, (X₀ − Xₜ) / X₀ × 100
	 * ("单位GDP能耗比2020年下降15.5%").
	 */
	DECLINE_FROM_BASE,
	/** Cumulative percentage increase since the base year, (Xₜ − X₀) / X₀ × 100. */
	INCREASE_FROM_BASE,
	/** Change in the indicator's own unit since the base year, Xₜ − X₀ ("新增1200个"). */
	ABSOLUTE_CHANGE;

	/** Whether the figure is a change since the base year, 0 in that year. */
	public boolean isChange() {
		return this != LEVEL;
	}

	/** Whether the figure is a percentage of the base-year level. */
	boolean isRelative() {
		return this == DECLINE_FROM_BASE || this == INCREASE_FROM_BASE;
	}

}
