package io.greenloop.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.supervision.domain.OverduePolicy;
import io.greenloop.supervision.domain.OverduePolicy.Finding;
import io.greenloop.supervision.domain.SupervisionItem;
import io.greenloop.supervision.domain.Task;
import io.greenloop.supervision.persistence.ItemRepository;
import io.greenloop.supervision.persistence.ItemRepository.ItemRow;
import io.greenloop.supervision.persistence.ProgressRepository;
import io.greenloop.supervision.persistence.ProgressRepository.HistoryRow;
import io.greenloop.supervision.persistence.TaskRepository;
import io.greenloop.supervision.persistence.TaskRepository.StateRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the {@link OverduePolicy} every night and on start, on the injected clock:
 * marks the tasks found overdue 逾期 (kept in their history, by {@value #SYSTEM}), opens
 * one 督办 per unit and cause with a reply deadline, and escalates the unanswered items
 * past their deadline one level. Running it twice on the same day changes nothing more.
 */
@Service
@Order(350)
public class OverdueRules implements ApplicationRunner {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(OverdueRules.class);

	private final ItemRepository items;

	private final TaskRepository tasks;

	private final ProgressRepository history;

	private final Tasks taskViews;

	private final Clock clock;

	OverdueRules(ItemRepository items, TaskRepository tasks, ProgressRepository history, Tasks taskViews, Clock clock) {
		this.items = items;
		this.tasks = tasks;
		this.history = history;
		this.taskViews = taskViews;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Outcome outcome = apply();
		log.info("Overdue rules: {} tasks became overdue, {} 督办 opened, {} escalated", outcome.overdue(),
				outcome.opened(), outcome.escalated());
	}

	@Scheduled(cron = "0 45 0 * * *", zone = "Asia/Shanghai")
	void nightly() {
		run(null);
	}

	/** Applies the rules for today. */
	@Transactional
	public Outcome apply() {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		List<Finding> findings = OverduePolicy.findings(this.items.unfinishedTasks(), this.items.missedSlots(today),
				today);
		int overdue = 0;
		int opened = 0;
		for (Finding finding : findings) {
			overdue += markOverdue(finding, now) ? 1 : 0;
			opened += open(finding, today, now);
		}
		return new Outcome(overdue, opened, escalate(today, now));
	}

	private boolean markOverdue(Finding finding, Instant now) {
		StateRow state = this.tasks.lockState(finding.taskCode()).orElseThrow();
		if (state.state() != TaskState.NOT_STARTED && state.state() != TaskState.IN_PROGRESS) {
			return false;
		}
		Task task = new Task(state.code(), state.state(), state.progress(), state.overdueSince());
		Task.Change change = task.markOverdue(finding.since());
		this.tasks.saveState(task.code(), task.state(), task.progress(), task.overdueSince(), now);
		this.history.recordHistory(new HistoryRow(task.code(), change.action(), change.from().name(),
				change.to().name(), task.progress(), null, finding.detail(), SYSTEM, now));
		return true;
	}

	private int open(Finding finding, LocalDate today, Instant now) {
		List<Long> units = (finding.unit() != null) ? List.of(finding.unit())
				: Subjects.reportingUnits(this.taskViews.get(finding.taskCode()));
		LocalDate due = today.plusDays(SupervisionItem.REPLY_DAYS);
		Long round = finding.cause() == OverduePolicy.Cause.ROUND_MISSED ? Long.valueOf(finding.reference()) : null;
		int opened = 0;
		for (Long unit : units.isEmpty() ? java.util.Collections.<Long>singletonList(null) : units) {
			String level = (unit == null ? SupervisionItem.Level.ADMINISTRATOR : SupervisionItem.Level.UNIT).name();
			var id = this.items.open(finding.taskCode(), finding.cause().name(), finding.reference(), round, unit,
					level, finding.detail(), now, due);
			if (id.isPresent()) {
				this.items.recordHistory(id.get(), "OPENED", level, unit, finding.detail(), SYSTEM, now);
				opened++;
			}
		}
		return opened;
	}

	private int escalate(LocalDate today, Instant now) {
		int escalated = 0;
		for (ItemRow row : this.items.openPastDue(today)) {
			SupervisionItem item = new SupervisionItem(row.id(), SupervisionItem.Level.valueOf(row.level()), true,
					row.replyDue());
			List<Long> leads = this.taskViews.get(row.code())
				.leads()
				.stream()
				.filter(unit -> !unit.collective())
				.map(TaskView.TaskUnit::organisationId)
				.toList();
			SupervisionItem.Level level = item.escalate(today, !leads.isEmpty());
			Long addressee = level == SupervisionItem.Level.LEAD ? leads.get(0) : null;
			this.items.escalate(row.id(), level.name(), addressee, item.replyDue());
			this.items.recordHistory(row.id(), "ESCALATED", level.name(), addressee,
					"未在%s前答复 / not answered by %s".formatted(row.replyDue(), row.replyDue()), SYSTEM, now);
			escalated++;
		}
		return escalated;
	}

	/**
	 * What a run did.
	 *
	 * @param overdue tasks that became overdue
	 * @param opened 督办 items opened
	 * @param escalated items escalated one level
	 */
	public record Outcome(int overdue, int opened, int escalated) {
	}

}
