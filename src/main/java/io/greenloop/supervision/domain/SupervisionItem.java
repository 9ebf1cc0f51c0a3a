package io.greenloop.supervision.domain;

import java.time.LocalDate;

/**
 * A 督办 (supervision item): the responsible unit is asked to explain a missed milestone or
 * round deadline by a reply deadline ({@value #REPLY_DAYS} days). Answered, it is done.
 * Unanswered past its deadline, it climbs one level with a new deadline: from the unit
 * (UNIT) to the task's lead unit (LEAD), then to the administrators (ADMINISTRATOR: the
 * 无废办 or 发改委 running the plan), where it stays until answered.
 */
public final class SupervisionItem {

	/** How many days a unit has to reply. */
	public static final int REPLY_DAYS = 7;

	private static final int MAX_REPLY = 2000;

	private final long id;

	private Level level;

	private boolean open;

	private LocalDate replyDue;

	public SupervisionItem(long id, Level level, boolean open, LocalDate replyDue) {
		this.id = id;
		this.level = level;
		this.open = open;
		this.replyDue = replyDue;
	}

	/** The addressee replies. */
	public void reply(String text) {
		if (!this.open) {
			throw new TransitionRefusedException("督办%d已答复 / item %d was already answered".formatted(this.id, this.id));
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("reply", "请填写答复 / reply: say what was done or why");
		}
		if (text.length() > MAX_REPLY) {
			throw new InvalidInputException("reply",
					"答复不能超过%d字 / reply may be at most %d characters".formatted(MAX_REPLY, MAX_REPLY));
		}
		this.open = false;
	}

	/**
	 * Whether the item climbs today: open, past its reply deadline, below the top.
	 */
	public boolean escalatesOn(LocalDate today) {
		return this.open && today.isAfter(this.replyDue) && this.level != Level.ADMINISTRATOR;
	}

	/**
	 * Climbs one level (two when the task has no lead unit), with a new deadline.
	 * @param hasLead whether the task names a lead organisation
	 */
	public Level escalate(LocalDate today, boolean hasLead) {
		if (!escalatesOn(today)) {
			throw new TransitionRefusedException(
					"督办%d不需升级 / item %d does not escalate now".formatted(this.id, this.id));
		}
		this.level = (this.level == Level.UNIT && hasLead) ? Level.LEAD : Level.ADMINISTRATOR;
		this.replyDue = today.plusDays(REPLY_DAYS);
		return this.level;
	}

	public Level level() {
		return this.level;
	}

	public LocalDate replyDue() {
		return this.replyDue;
	}

	/** Whom an item is addressed to. */
	public enum Level {

		/** The responsible unit (责任单位). */
		UNIT,
		/** The task's lead unit (牵头单位). */
		LEAD,
		/** The administrators (无废办 / 发改委). */
		ADMINISTRATOR

	}

}
