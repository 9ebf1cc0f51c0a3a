package io.greenloop.supervision;

/**
 * Where a task stands. Every task starts 未启动; reported progress moves it on, and a missed
 * milestone makes it 逾期.
 */
public enum TaskState {

	/** 未启动. */
	NOT_STARTED,
	/** 推进中. */
	IN_PROGRESS,
	/** 已完成, confirmed by the lead unit. */
	COMPLETED,
	/** 逾期: a milestone or a round's deadline passed without it. */
	OVERDUE

}
