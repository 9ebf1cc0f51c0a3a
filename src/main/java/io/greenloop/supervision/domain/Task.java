package io.greenloop.supervision.domain;

import java.time.LocalDate;

import io.greenloop.supervision.TaskState;

/**
 * A task's state of execution. Every task starts 未启动 (NOT_STARTED); the first progress a
 * unit reports moves it to 推进中 (IN_PROGRESS); the lead unit's confirmation of a
 * completion report, with its evidence, makes it 已完成 (COMPLETED), which is final. A
 * missed milestone or round deadline makes an unfinished task 逾期 (OVERDUE); it stays so,
 * progress or not, until it is completed, and remembers since when (for the on-time
 * rate).
 */
public final class Task {

	private final String code;

	private TaskState state;

	private Integer progress;

	private LocalDate overdueSince;

	public Task(String code, TaskState state, Integer progress, LocalDate overdueSince) {
		this.code = code;
		this.state = state;
		this.progress = progress;
		this.overdueSince = overdueSince;
	}

	/** Progress reported and accepted: 未启动 becomes 推进中; a completed task takes none. */
	public Change recordProgress(int percent) {
		if (percent < 0 || percent > 100) {
			throw new InvalidInputException("percent", "进度须在0至100之间 / percent must be between 0 and 100");
		}
		refuseIfCompleted("报送进度 / report progress");
		TaskState from = this.state;
		if (this.state == TaskState.NOT_STARTED) {
			this.state = TaskState.IN_PROGRESS;
		}
		this.progress = percent;
		return new Change("PROGRESS", from, this.state);
	}

	/** The lead unit confirms the task done: 已完成, 100%. */
	public Change confirmCompletion() {
		refuseIfCompleted("确认完成 / confirm completion");
		TaskState from = this.state;
		this.state = TaskState.COMPLETED;
		this.progress = 100;
		return new Change("COMPLETE", from, this.state);
	}

	/** A milestone or a round's deadline passed without it: 逾期 since that day. */
	public Change markOverdue(LocalDate since) {
		if (this.state == TaskState.COMPLETED || this.state == TaskState.OVERDUE) {
			throw new TransitionRefusedException("任务%s已%s，不能标记逾期 / task %s is %s and cannot become overdue"
				.formatted(this.code, this.state == TaskState.COMPLETED ? "完成" : "逾期", this.code, this.state));
		}
		TaskState from = this.state;
		this.state = TaskState.OVERDUE;
		this.overdueSince = since;
		return new Change("OVERDUE", from, this.state);
	}

	private void refuseIfCompleted(String what) {
		if (this.state == TaskState.COMPLETED) {
			throw new TransitionRefusedException(
					"任务%s已完成，不能%s / task %s is completed".formatted(this.code, what, this.code));
		}
	}

	public String code() {
		return this.code;
	}

	public TaskState state() {
		return this.state;
	}

	public Integer progress() {
		return this.progress;
	}

	public LocalDate overdueSince() {
		return this.overdueSince;
	}

	/**
	 * A change of state (or of progress in the same state), to keep in the task's
	 * history.
	 *
	 * @param action PROGRESS, COMPLETE or OVERDUE
	 * @param from the state before
	 * @param to the state after
	 */
	public record Change(String action, TaskState from, TaskState to) {
	}

}
