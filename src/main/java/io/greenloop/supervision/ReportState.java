package io.greenloop.supervision;

/** Where one unit's progress report stands. */
public enum ReportState {

	/** 待报送: the round asks for it and the unit has not reported yet. */
	PENDING,
	/** 已报送: reported, awaiting the lead unit. */
	SUBMITTED,
	/** 已采纳: the lead unit accepted it. */
	ACCEPTED,
	/** 已退回: the lead unit sent it back with a reason; the unit reports again. */
	RETURNED

}
