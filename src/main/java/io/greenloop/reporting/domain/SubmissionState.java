package io.greenloop.reporting.domain;

/** Where a submission stands. */
public enum SubmissionState {

	/** 草稿: being filled in by its organisation. */
	DRAFT,
	/** 已报送: with the reviewers, step by step up the approval chain. */
	SUBMITTED,
	/**
	 * 已退回: sent back with a reason (or reopened after approval); editable and
	 * resubmittable.
	 */
	RETURNED,
	/** 已通过: approved at every level; its values are locked and published. */
	APPROVED

}
