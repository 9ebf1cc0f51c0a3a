package io.greenloop.supervision;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change of a task: its state or progress, who made it, when and why.
 *
 * @param action REPORTED (a unit reported), RETURNED (the lead unit sent a report back),
 * PROGRESS (accepted progress), COMPLETE (completion confirmed), OVERDUE
 * @param from the state before
 * @param to the state after
 * @param progress the progress, in percent, after
 * @param reportId the report it came from
 * @param reason why: the return reason, the missed milestone or deadline
 * @param by who
 * @param at when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskHistoryView(String action, TaskState from, TaskState to, Integer progress, Long reportId,
		String reason, String by, Instant at) {
}
