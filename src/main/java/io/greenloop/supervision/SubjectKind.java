package io.greenloop.supervision;

/** What a progress report or a 督办 item is about. */
public enum SubjectKind {

	/** A task of a plan's task list. */
	TASK,
	/** A project of a plan's project list. */
	PROJECT

}
