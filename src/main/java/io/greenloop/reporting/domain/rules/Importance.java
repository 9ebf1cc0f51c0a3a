package io.greenloop.reporting.domain.rules;

/** What a broken rule does to a submission. */
public enum Importance {

	/** 错误: the submission cannot be submitted until it is fixed. */
	ERROR,
	/** 警告: shown to the department and the reviewer, but does not block submitting. */
	WARNING

}
