package io.greenloop.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.greenloop.supervision.TaskState;

/**
 * When a task is overdue (逾期), on a given day:
 * <ul>
 * <li>its last milestone (its due date) has passed and it is not completed;</li>
 * <li>an earlier milestone has passed with no progress reported in its stage (after the
 * previous milestone's due date, up to its own);</li>
 * <li>a dispatch round's deadline has passed and a unit has not reported on it (its slot
 * is still 待报送 or was sent back).</li>
 * </ul>
 * Each finding names what was missed, for one 督办 item per unit and cause. A completed
 * task is never overdue. The day passed is the day after the due date.
 */
public final class OverduePolicy {

	private OverduePolicy() {
	}

	/** The first milestone a task has missed by {@code today}, if any. */
	public static Optional<Finding> missedMilestone(TaskFacts task, LocalDate today) {
		if (task.state() == TaskState.COMPLETED) {
			return Optional.empty();
		}
		LocalDate previous = LocalDate.MIN;
		for (int i = 0; i < task.milestones().size(); i++) {
			LocalDate due = task.milestones().get(i);
			if (!due.isBefore(today)) {
				return Optional.empty();
			}
			boolean last = i == task.milestones().size() - 1;
			LocalDate from = previous;
			boolean reported = task.reportedOn().stream().anyMatch(day -> day.isAfter(from) && !day.isAfter(due));
			if (last || !reported) {
				return Optional.of(new Finding(task.code(), Cause.MILESTONE_MISSED, due.toString(), due.plusDays(1),
						"时间安排节点%s已过%s / the milestone due %s passed %s".formatted(due, last ? "，任务未完成" : "，未报送进展", due,
								last ? "with the task not completed" : "with no progress reported")));
			}
			previous = due;
		}
		return Optional.empty();
	}

	/** A round's slot not reported by its deadline, if the deadline has passed. */
	public static Optional<Finding> missedRound(MissedSlot slot, LocalDate today) {
		if (!slot.deadline().isBefore(today) || slot.taskState() == TaskState.COMPLETED) {
			return Optional.empty();
		}
		return Optional.of(new Finding(slot.taskCode(), Cause.ROUND_MISSED, Long.toString(slot.roundId()),
				slot.deadline().plusDays(1), "调度“%s”截止日期%s已过，未报送 / round %s was due %s and not reported on"
					.formatted(slot.roundName(), slot.deadline(), slot.roundName(), slot.deadline())));
	}

	/** Every finding for these tasks and slots. */
	public static List<Finding> findings(List<TaskFacts> tasks, List<MissedSlot> slots, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		tasks.forEach(task -> missedMilestone(task, today).ifPresent(findings::add));
		slots.forEach(slot -> missedRound(slot, today).ifPresent(finding -> findings.add(finding.to(slot.unit()))));
		return findings;
	}

	/** Why a task is overdue. */
	public enum Cause {

		/** A milestone of its 时间安排 passed. */
		MILESTONE_MISSED,
		/** A round's deadline passed without the unit's report. */
		ROUND_MISSED

	}

	/**
	 * What the policy knows of a task.
	 *
	 * @param milestones the milestones' due dates in order, the last the task's due date
	 * @param reportedOn the days progress was reported on it
	 */
	public record TaskFacts(String code, TaskState state, List<LocalDate> milestones, List<LocalDate> reportedOn) {
	}

	/** A round's slot still unreported. */
	public record MissedSlot(String taskCode, TaskState taskState, long roundId, String roundName, LocalDate deadline,
			long unit) {
	}

	/**
	 * A task found overdue.
	 *
	 * @param reference the missed milestone's due date or the round's id
	 * @param since the first day overdue
	 * @param detail what was missed, in both languages
	 * @param unit the unit that missed a round; null for a milestone (every unit of the
	 * task)
	 */
	public record Finding(String taskCode, Cause cause, String reference, LocalDate since, String detail, Long unit) {

		Finding(String taskCode, Cause cause, String reference, LocalDate since, String detail) {
			this(taskCode, cause, reference, since, detail, null);
		}

		Finding to(long unit) {
			return new Finding(this.taskCode, this.cause, this.reference, this.since, this.detail, unit);
		}

	}

}
