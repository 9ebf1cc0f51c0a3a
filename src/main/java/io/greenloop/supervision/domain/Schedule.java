package io.greenloop.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's 时间安排 as the supervision rounds use it: dated milestones, or a recurring task
 * reported on every round from one year until another ("2023年—2025年持续推进"), or, when the
 * words could not be read, the text alone, for an administrator to set by hand.
 *
 * @param text the plan's words, kept whatever was made of them
 * @param milestones the stages, in order; empty for a recurring or unreadable schedule
 * @param recurringFrom the first year of a recurring task
 * @param recurringUntil the last year of a recurring task
 * @param readable whether the words were understood
 */
public record Schedule(String text, List<Milestone> milestones, Integer recurringFrom, Integer recurringUntil,
		boolean readable) {

	public Schedule {
		milestones = List.copyOf(milestones);
	}

	static Schedule unreadable(String text) {
		return new Schedule(text, List.of(), null, null, false);
	}

	static Schedule recurring(String text, int from, int until) {
		return new Schedule(text, List.of(), from, until, true);
	}

	static Schedule staged(String text, List<Milestone> milestones) {
		return new Schedule(text, milestones, null, null, true);
	}

	public boolean recurring() {
		return this.recurringUntil != null;
	}

	/**
	 * When the task is due: its last milestone, or the end of a recurring task's last
	 * year; {@code null} when unreadable.
	 */
	public LocalDate due() {
		if (recurring()) {
			return LocalDate.of(this.recurringUntil, 12, 31);
		}
		return this.milestones.isEmpty() ? null : this.milestones.get(this.milestones.size() - 1).due();
	}

}
