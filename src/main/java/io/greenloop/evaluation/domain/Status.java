package io.greenloop.evaluation.domain;

/** Where a target stands in a year, by the plan trajectory method. */
public enum Status implements StatusLabel {

	/** 已达标: the target is met, in its due year or early. */
	ACHIEVED("已达标", "achieved"),
	/** 按进度: on or near the trajectory. */
	ON_TRACK("按进度", "on track"),
	/** 滞后: behind the trajectory, or the due year came and the target was missed. */
	LAGGING("滞后", "lagging"),
	/** 严重滞后: far behind, or worse than the baseline. */
	SERIOUSLY_LAGGING("严重滞后", "seriously lagging"),
	/** 无数据: no value for the year, or no figure to compare it with. */
	NO_DATA("无数据", "no data"),
	/** 待人工评定: the numbers cannot say; a reviewer judges with a recorded reason. */
	NEEDS_JUDGEMENT("待人工评定", "needs judgement");

	private final String zh;

	private final String en;

	Status(String zh, String en) {
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

	/** Whether a reviewer may give this status in a judgement. */
	public boolean isJudgeable() {
		return this == ACHIEVED || this == ON_TRACK || this == LAGGING || this == SERIOUSLY_LAGGING;
	}

}
