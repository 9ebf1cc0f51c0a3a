package io.greenloop.supervision;

import java.util.List;

/**
 * A task's progress: where it stands, its reports and its history, as {@code GET
 * /api/tasks/{code}/progress} answers.
 *
 * @param code the task
 * @param state its state
 * @param progress its accepted progress, percent
 * @param reports the units' reports, newest first
 * @param history every change, oldest first
 */
public record TaskProgressView(String code, TaskState state, Integer progress, List<ProgressReportView> reports,
		List<TaskHistoryView> history) {
}
