package io.greenloop.supervision;

import java.time.LocalDate;

/**
 * Which tasks to list; every criterion is optional.
 *
 * @param plan a plan's code
 * @param organisation an organisation that leads the task or answers for it
 * @param state the task's state
 * @param dueBefore due on or before this day
 * @param dueAfter due on or after this day
 * @param regionScope the region whose tasks (and those of the regions below) the caller
 * may see; null for all, until data scopes apply to tasks
 * @param target a catalogue target's code: the tasks linked to it
 */
public record TaskQuery(String plan, Long organisation, TaskState state, LocalDate dueBefore, LocalDate dueAfter,
		String regionScope, String target) {

	public TaskQuery(String plan, Long organisation, TaskState state, LocalDate dueBefore, LocalDate dueAfter,
			String regionScope) {
		this(plan, organisation, state, dueBefore, dueAfter, regionScope, null);
	}

	public static TaskQuery all() {
		return new TaskQuery(null, null, null, null, null, null);
	}

	public TaskQuery withScope(String scope) {
		return new TaskQuery(this.plan, this.organisation, this.state, this.dueBefore, this.dueAfter, scope,
				this.target);
	}

}
