package io.greenloop.reporting.domain;

/**
 * One step of a submission's life, kept in its history.
 *
 * @param action what happened
 * @param from the state before (null on creation)
 * @param to the state after
 * @param regionCode the region at whose level it happened (for reviews)
 * @param reason why (required to return or reopen)
 */
public record Transition(Action action, SubmissionState from, SubmissionState to, String regionCode, String reason) {

	/** What can happen to a submission. */
	public enum Action {

		/** 创建 */
		CREATE,
		/** 报送 (first time or again after a return) */
		SUBMIT,
		/** 审核通过 at the submitting region's own level */
		APPROVE,
		/** 上级接收 at a level above */
		ACCEPT,
		/** 退回 with a reason */
		RETURN,
		/** 重新打开 an approved submission, by a level above, with a reason */
		REOPEN

	}

}
