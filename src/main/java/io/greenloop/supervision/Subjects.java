package io.greenloop.supervision;

import java.util.List;
import java.util.Set;

import io.greenloop.supervision.TaskView.TaskUnit;
import io.greenloop.supervision.persistence.ProgressRepository;
import io.greenloop.supervision.persistence.ProgressRepository.ReportRow;
import io.greenloop.supervision.persistence.ProjectRepository;
import io.greenloop.supervision.persistence.TaskRepository;
import io.greenloop.supervision.persistence.TaskRepository.UnitRow;

import org.springframework.stereotype.Component;

/**
 * What a report is about, with the units that report on it and the units that lead it: a
 * task's named organisations; for a project, the units a round addressed it to (a project
 * names a department or an enterprise as printed, not an organisation).
 */
@Component
class Subjects {

	private final TaskRepository tasks;

	private final ProjectRepository projects;

	private final ProgressRepository reports;

	Subjects(TaskRepository tasks, ProjectRepository projects, ProgressRepository reports) {
		this.tasks = tasks;
		this.projects = projects;
		this.reports = reports;
	}

	Subject get(SubjectKind kind, String code) {
		if (kind == SubjectKind.TASK) {
			var task = this.tasks.find(code).orElseThrow(() -> new UnknownTaskException(code));
			List<UnitRow> units = this.tasks.units(Set.of(code)).getOrDefault(code, List.of());
			return new Subject(kind, code, task.name(), task.regionCode(), organisations(units, null),
					organisations(units, "LEAD"));
		}
		ProjectView project = this.projects.findOne(code).orElseThrow(() -> new UnknownTaskException(code));
		String region = this.projects.regionOf(code).orElseThrow();
		List<Long> addressed = this.reports.findBySubject(kind, code)
			.stream()
			.map(ReportRow::organisationId)
			.distinct()
			.toList();
		return new Subject(kind, code, project.name(), region, addressed, List.of());
	}

	private static List<Long> organisations(List<UnitRow> units, String role) {
		return units.stream()
			.filter(unit -> unit.organisationId() != null && (role == null || role.equals(unit.role())))
			.map(UnitRow::organisationId)
			.distinct()
			.toList();
	}

	/**
	 * The organisations that answer for a task in a round: its 责任 units, else its leads.
	 */
	static List<Long> reportingUnits(TaskView task) {
		List<Long> responsible = task.responsibles()
			.stream()
			.filter(unit -> !unit.collective())
			.map(TaskUnit::organisationId)
			.distinct()
			.toList();
		return responsible.isEmpty() ? task.leads()
			.stream()
			.filter(unit -> !unit.collective())
			.map(TaskUnit::organisationId)
			.distinct()
			.toList() : responsible;
	}

	/**
	 * A task or project with its units.
	 *
	 * @param units every organisation that may report on it
	 * @param leads the organisations that lead it
	 */
	record Subject(SubjectKind kind, String code, String name, String region, List<Long> units, List<Long> leads) {

		String label() {
			return this.code;
		}

	}

}
