/**
 * Supervision (督查督办): the tasks and projects through which the plans are carried out.
 * Every task the plans assign (Hohhot's 任务清单, the key projects and actions of the
 * circular-economy plan, the measures of 001 and 002), with its 牵头/责任 units as
 * organisations of the region module, its 时间安排 read into milestones, and the words it
 * came from; and the project lists with their planned investment (万元). Loaded from
 * {@code src/main/resources/supervision/} at start-up, after the catalogue. Dispatch
 * rounds (调度), progress and overdue follow-up (督办) build on these.
 */
@ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "shared", "region", "plan", "plan :: texts", "plan :: seeds", "identity", "reporting" })
package io.greenloop.supervision;

import org.springframework.modulith.ApplicationModule;
