package io.greenloop.plan;

/** What kind of document a plan is. */
public enum PlanKind {

	/** A 规划: a five-year plan with goals and tasks. */
	PLAN,
	/** 具体措施 / 举措: measures a government adopts. */
	MEASURES,
	/** 任务分工方案: a division of tasks among departments. */
	TASK_DIVISION,
	/** 实施方案: an implementation plan with indicators, tasks and projects. */
	IMPLEMENTATION_PLAN

}
