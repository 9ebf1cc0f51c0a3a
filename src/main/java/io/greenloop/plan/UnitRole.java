package io.greenloop.plan;

/** What a plan makes an organisation do for a target. */
public enum UnitRole {

	/** 牵头单位: leads the work. */
	LEAD,
	/** 责任单位: is responsible for (part of) the work. */
	RESPONSIBLE,
	/** Provides the data the indicator is computed from ("市统计局提供数据"). */
	DATA_PROVIDER

}
