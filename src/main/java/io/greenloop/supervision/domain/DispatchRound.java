package io.greenloop.supervision.domain;

import java.time.LocalDate;

/**
 * A dispatch round (调度): an administrator asks every responsible unit for the progress of
 * its open tasks and projects by a deadline, such as 2025年第三季度调度. Open while units report
 * and lead units consolidate; closed by an administrator, after which it takes no more
 * reports and its consolidated report stands.
 */
public final class DispatchRound {

	private static final int MAX_NAME = 100;

	private final long id;

	private boolean open;

	public DispatchRound(long id, boolean open) {
		this.id = id;
		this.open = open;
	}

	/** Checks what opening a round needs: a name and a deadline not already passed. */
	public static void checkOpening(String name, LocalDate deadline, LocalDate today) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "请填写调度名称，如“2025年第三季度调度” / name: such as 2025年第三季度调度");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new InvalidInputException("name",
					"调度名称不能超过%d字 / name may be at most %d characters".formatted(MAX_NAME, MAX_NAME));
		}
		if (deadline == null) {
			throw new InvalidInputException("deadline", "请填写报送截止日期 / deadline: the day reports are due");
		}
		if (deadline.isBefore(today)) {
			throw new InvalidInputException("deadline",
					"截止日期%s已过 / deadline %s has already passed".formatted(deadline, deadline));
		}
	}

	/** Reports and reviews are taken only while the round is open. */
	public void requireOpen() {
		if (!this.open) {
			throw new TransitionRefusedException("调度%d已结束 / round %d is closed".formatted(this.id, this.id));
		}
	}

	public void close() {
		requireOpen();
		this.open = false;
	}

	public boolean open() {
		return this.open;
	}

}
