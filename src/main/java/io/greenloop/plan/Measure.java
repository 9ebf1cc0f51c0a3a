package io.greenloop.plan;

/**
 * How a target's figure relates to its concept: the concept's own value ("利用率达到60%"), or
 * its cumulative change since the base year ("单位GDP能耗比2020年下降15.5%": energy intensity
 * falls by 15.5% over the plan period).
 */
public enum Measure {

	/** The concept's value itself. */
	LEVEL,
	/**
	 * The cumulative percentage decline of the concept since the base year: (X_base −
	 * X_t) / X_base × 100%.
	 */
	DECLINE_FROM_BASE,
	/**
	 * The cumulative percentage increase of the concept since the base year: (X_t −
	 * X_base) / X_base × 100%.
	 */
	INCREASE_FROM_BASE,
	/**
	 * The change of the concept in its own unit since the base year, such as "下降20个百分点".
	 */
	ABSOLUTE_CHANGE

}
