package io.greenloop.supervision;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's own to-do list (待办): its slots not yet accepted in the open dispatch rounds,
 * and the 督办 items addressed to it and not answered yet.
 */
@Service
@Transactional(readOnly = true)
public class ToDoList {

	private final DispatchRounds rounds;

	private final SupervisionItems items;

	private final Permissions permissions;

	ToDoList(DispatchRounds rounds, SupervisionItems items, Permissions permissions) {
		this.rounds = rounds;
		this.items = items;
		this.permissions = permissions;
	}

	/** A unit's to-do list. */
	public record ToDoView(List<RoundToDo> rounds, List<SupervisionItemView> items) {
	}

	/**
	 * An open round and the caller's unit's slots in it still to report or to correct.
	 */
	public record RoundToDo(long id, String name, LocalDate deadline, List<ProgressReportView> slots) {
	}

	/** The caller's unit's to-do list. */
	public ToDoView mine() {
		DataScope scope = this.permissions.scope();
		List<RoundToDo> open = this.rounds.list()
			.stream()
			.filter(RoundView::open)
			.map(round -> this.rounds.get(round.id()))
			.map(round -> new RoundToDo(round.id(), round.name(), round.deadline(),
					round.reports()
						.stream()
						.filter(report -> report.organisationId() == scope.organisationId()
								&& report.state() != ReportState.ACCEPTED)
						.toList()))
			.filter(round -> !round.slots().isEmpty())
			.toList();
		return new ToDoView(open, this.items.list(true, true));
	}

}
