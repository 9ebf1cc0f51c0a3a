package io.greenloop.supervision;

/**
 * Why an administrator should look at a task or project: what the transcription could not
 * settle from the plan's words, and left as the plan printed it.
 */
public enum Review {

	/** The 时间安排 could not be read into milestones: set them by hand. */
	SCHEDULE_UNREADABLE,
	/** The plan gives no 时间安排 for the task. */
	NO_SCHEDULE,
	/** The plan's unit division is not in its text: assign the units. */
	UNITS_MISSING,
	/** No organisation leads the task (the cell is "—" or names no single unit). */
	NO_LEAD_UNIT,
	/** A unit cell names bodies collectively ("各相关部门"): who they are is to be decided. */
	COLLECTIVE_UNITS,
	/**
	 * The source text of the row is damaged: the cleaned name or unit is to be checked.
	 */
	DAMAGED_TEXT,
	/** The planned investment is an order of magnitude off the list's other figures. */
	INVESTMENT_OUTLIER

}
