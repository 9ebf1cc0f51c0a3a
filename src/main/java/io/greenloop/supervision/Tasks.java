package io.greenloop.supervision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.identity.DataScope;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.TaskView.MilestoneView;
import io.greenloop.supervision.TaskView.TaskUnit;
import io.greenloop.supervision.persistence.TaskRepository;
import io.greenloop.supervision.persistence.TaskRepository.MilestoneRow;
import io.greenloop.supervision.persistence.TaskRepository.TaskRow;
import io.greenloop.supervision.persistence.TaskRepository.UnitRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans' tasks, with their milestones and units, as the APIs and pages read them. */
@Service
@Transactional(readOnly = true)
public class Tasks {

	private final TaskRepository repository;

	private final Organisations organisations;

	private final Permissions permissions;

	Tasks(TaskRepository repository, Organisations organisations, Permissions permissions) {
		this.repository = repository;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/**
	 * The tasks the query asks for, within the caller's data scope: its region and the
	 * regions below (administrators all).
	 */
	public List<TaskView> visible(TaskQuery query) {
		DataScope scope = this.permissions.scope();
		String prefix = scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix();
		return list(query.withScope(prefix));
	}

	/** One task, if the caller's data scope covers it (403 otherwise). */
	public TaskView visible(String code) {
		TaskView task = get(code);
		this.permissions.seeing(task.regionCode());
		return task;
	}

	public List<TaskView> list(TaskQuery query) {
		return views(this.repository.find(query));
	}

	public TaskView get(String code) {
		return this.repository.find(code)
			.map(task -> views(List.of(task)).get(0))
			.orElseThrow(() -> new UnknownTaskException(code));
	}

	/**
	 * The tasks serving a catalogue target, in plan order, small enough for a target's
	 * page: code, name, state and due date. Not narrowed by data scope: a target's page
	 * shows every task behind it.
	 */
	public List<TargetTaskView> servingTarget(String targetCode) {
		return this.repository.find(new TaskQuery(null, null, null, null, null, null, targetCode))
			.stream()
			.map(task -> new TargetTaskView(task.code(), task.name(), task.state(), task.due()))
			.toList();
	}

	/** The organisations some task names, those named most first. */
	public List<Organisation> organisations() {
		List<Long> ids = this.repository.organisationsWithTasks();
		Map<Long, Organisation> byId = this.organisations.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	private List<TaskView> views(List<TaskRow> tasks) {
		Set<String> codes = tasks.stream().map(TaskRow::code).collect(Collectors.toSet());
		Map<String, List<MilestoneRow>> milestones = this.repository.milestones(codes);
		Map<String, List<UnitRow>> units = this.repository.units(codes);
		Set<Long> ids = units.values()
			.stream()
			.flatMap(List::stream)
			.map(UnitRow::organisationId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		Map<Long, String> names = this.organisations.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return tasks.stream()
			.map(task -> new TaskView(task.code(), task.planCode(), task.regionCode(), task.group(), task.seq(),
					task.name(), task.content(), task.leadText(), task.responsibleText(), task.scheduleText(),
					task.recurringFrom(), task.recurringUntil(), task.due(), task.state(), task.progress(),
					task.review(), task.note(),
					milestones.getOrDefault(task.code(), List.of())
						.stream()
						.map(row -> new MilestoneView(row.years(), row.due(), row.text()))
						.toList(),
					units.getOrDefault(task.code(), List.of())
						.stream()
						.map(row -> new TaskUnit(row.role(), row.organisationId(),
								(row.organisationId() != null) ? names.get(row.organisationId()) : row.mention(),
								row.mention()))
						.toList(),
					task.source(), task.unitsSource()))
			.toList();
	}

}
