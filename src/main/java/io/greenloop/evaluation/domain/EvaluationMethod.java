package io.greenloop.evaluation.domain;

/** The two ways of judging progress a user can choose between. */
public enum EvaluationMethod {

	/**
	 * Greenloop's plan method: progress along the trajectory from baseline to target,
	 * with the statuses 已达标, 按进度, 滞后, 严重滞后, 无数据, 待人工评定 ({@link TargetEvaluator}).
	 */
	PLAN_TRAJECTORY,
	/** The Open SDG growth-rate method and its statuses ({@link OpenSdgMethod}). */
	OPEN_SDG

}
