package io.greenloop.evaluation.domain;

/**
 * The Open SDG progress statuses (sdg-build {@code ProgressMeasure.py}), as national SDG
 * platforms publish them.
 */
public enum SdgStatus implements StatusLabel {

	/** target_achieved. */
	TARGET_ACHIEVED("已实现目标", "target achieved"),
	/** substantial_progress: on track. */
	SUBSTANTIAL_PROGRESS("进展显著（按期）", "substantial progress / on track"),
	/** moderate_progress: progress made, acceleration needed. */
	MODERATE_PROGRESS("有进展但需加速", "moderate progress / acceleration needed"),
	/** limited_progress. */
	LIMITED_PROGRESS("进展有限", "limited progress"),
	/** deterioration: moving away from the target. */
	DETERIORATION("倒退", "deterioration"),
	/** not_available: too little data, or the growth rate is undefined. */
	NOT_AVAILABLE("无法评估", "not available");

	private final String zh;

	private final String en;

	SdgStatus(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	@Override
	public String en() {
		return this.en;
	}

}
