package io.greenloop.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.identity.DataScope;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.reporting.AttachmentChecks;
import io.greenloop.reporting.AttachmentChecks.CheckedFile;
import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.supervision.ProgressReportView.EvidenceView;
import io.greenloop.supervision.Subjects.Subject;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.NotPermittedException;
import io.greenloop.supervision.domain.ProgressReport;
import io.greenloop.supervision.domain.Task;
import io.greenloop.supervision.domain.TransitionRefusedException;
import io.greenloop.supervision.persistence.ProgressRepository;
import io.greenloop.supervision.persistence.ProgressRepository.EvidenceRow;
import io.greenloop.supervision.persistence.ProgressRepository.HistoryRow;
import io.greenloop.supervision.persistence.ProgressRepository.ReportRow;
import io.greenloop.supervision.persistence.TaskRepository;
import io.greenloop.supervision.persistence.TaskRepository.StateRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress on tasks and projects: a unit reports (in its slot of an open dispatch round,
 * or on its own), with evidence checked like reporting's attachments; the lead unit
 * accepts the report, which moves the task on (推进中, or 已完成 for a completion report), or
 * sends it back with a reason. Every change is kept in the task's history; nothing is
 * written when anything is refused.
 */
@Service
public class Progress {

	static final int MAX_FILES = 5;

	private final Subjects subjects;

	private final ProgressRepository reports;

	private final TaskRepository tasks;

	private final Organisations organisations;

	private final Permissions permissions;

	private final Clock clock;

	Progress(Subjects subjects, ProgressRepository reports, TaskRepository tasks, Organisations organisations,
			Permissions permissions, Clock clock) {
		this.subjects = subjects;
		this.reports = reports;
		this.tasks = tasks;
		this.organisations = organisations;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * Reports the caller's unit's progress on a task or project, with its evidence.
	 * @throws UnknownTaskException no such task or project (404)
	 * @throws NotPermittedException not the caller's unit's (403)
	 * @throws TransitionRefusedException the task is completed or the report accepted
	 * (409)
	 * @throws InvalidInputException a field breaks a rule (400)
	 * @throws AttachmentRefusedException a file is refused (400)
	 */
	@Transactional
	public ProgressReportView report(SubjectKind kind, String code, ReportProgress command, List<Evidence> files) {
		Subject subject = this.subjects.get(kind, code);
		DataScope scope = this.permissions.seeing(subject.region());
		long unit = this.permissions.reportingUnit(scope, code, subject.units());
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("files",
					"每次最多附%d个文件 / at most %d files per report".formatted(MAX_FILES, MAX_FILES));
		}
		List<CheckedFile> checked = files.stream()
			.map(file -> AttachmentChecks.check(file.fileName(), file.size(), file.content()))
			.toList();
		if (kind == SubjectKind.TASK) {
			StateRow task = this.tasks.lockState(code).orElseThrow(() -> new UnknownTaskException(code));
			if (task.state() == TaskState.COMPLETED) {
				throw new TransitionRefusedException("任务%s已完成，不能再报送进度 / task %s is completed".formatted(code, code));
			}
		}
		long id = this.reports.openFor(kind, code, unit)
			.map(ReportRow::id)
			.orElseGet(() -> this.reports.insertStandalone(kind, code, unit));
		ReportRow row = this.reports.lock(id).orElseThrow();
		ProgressReport report = new ProgressReport(id, kind, row.state(), row.returnReason());
		report.submit(new ProgressReport.Content(command.text(), command.percent(), command.investment(),
				command.completion()), this.reports.countEvidence(id) + checked.size());
		Instant now = this.clock.instant();
		this.reports.saveSubmission(id, command.text().strip(), command.percent(), command.investment(),
				command.completion(), scope.username(), now);
		for (CheckedFile file : checked) {
			this.reports.insertEvidence(id, file.name(), file.contentType(), file.content(), scope.username(), now);
		}
		if (kind == SubjectKind.TASK) {
			TaskState state = this.tasks.lockState(code).orElseThrow().state();
			this.reports.recordHistory(new HistoryRow(code, "REPORTED", state.name(), state.name(), command.percent(),
					id, command.completion() ? "报告完成 / reports completion" : null, scope.username(), now));
		}
		return view(this.reports.find(id).orElseThrow());
	}

	/**
	 * The lead unit accepts a report, or sends it back with a reason. Accepting moves the
	 * task on: its progress, and 已完成 for a completion report.
	 */
	@Transactional
	public ProgressReportView review(long reportId, boolean accept, String reason) {
		ReportRow row = this.reports.lock(reportId).orElseThrow(() -> new UnknownReportException(reportId));
		Subject subject = this.subjects.get(row.kind(), row.code());
		DataScope scope = this.permissions.seeing(subject.region());
		this.permissions.requireReviews(scope, row.code(), subject.region(), subject.leads());
		ProgressReport report = new ProgressReport(reportId, row.kind(), row.state(), row.returnReason());
		Instant now = this.clock.instant();
		if (accept) {
			report.accept();
		}
		else {
			report.sendBack(reason);
		}
		this.reports.saveReview(reportId, report.state(), report.returnReason(), scope.username(), now);
		if (row.kind() == SubjectKind.TASK) {
			applyToTask(row, accept, report.returnReason(), scope.username(), now);
		}
		return view(this.reports.find(reportId).orElseThrow());
	}

	/**
	 * Which of these reports, awaiting consolidation, the caller may accept or send back:
	 * the lead unit's reviewer (the region's, where the task names no lead), or an
	 * administrator.
	 */
	@Transactional(readOnly = true)
	public Set<Long> reviewable(List<ProgressReportView> reports) {
		DataScope scope = this.permissions.scope();
		Set<Long> ids = new HashSet<>();
		for (ProgressReportView report : reports) {
			if (report.state() == ReportState.SUBMITTED) {
				Subject subject = this.subjects.get(report.kind(), report.code());
				if (this.permissions.reviews(scope, subject.region(), subject.leads())) {
					ids.add(report.id());
				}
			}
		}
		return ids;
	}

	private void applyToTask(ReportRow row, boolean accept, String reason, String by, Instant now) {
		StateRow state = this.tasks.lockState(row.code()).orElseThrow();
		if (!accept) {
			this.reports.recordHistory(new HistoryRow(row.code(), "RETURNED", state.state().name(),
					state.state().name(), state.progress(), row.id(), reason, by, now));
			return;
		}
		Task task = new Task(row.code(), state.state(), state.progress(), state.overdueSince());
		List<Task.Change> changes = new ArrayList<>();
		changes.add(task.recordProgress(row.percent()));
		if (row.completes()) {
			changes.add(task.confirmCompletion());
		}
		this.tasks.saveState(row.code(), task.state(), task.progress(), task.overdueSince(), now);
		for (Task.Change change : changes) {
			this.reports.recordHistory(new HistoryRow(row.code(), change.action(), change.from().name(),
					change.to().name(), task.progress(), row.id(), null, by, now));
		}
	}

	/** A task's state, its reports and its history, if the caller sees it. */
	@Transactional(readOnly = true)
	public TaskProgressView ofTask(String code) {
		Subject subject = this.subjects.get(SubjectKind.TASK, code);
		this.permissions.seeing(subject.region());
		StateRow state = this.tasks.state(code).orElseThrow();
		List<TaskHistoryView> history = this.reports.history(code)
			.stream()
			.map(row -> new TaskHistoryView(row.action(), TaskState.valueOf(row.fromState()),
					TaskState.valueOf(row.toState()), row.progress(), row.reportId(), row.reason(), row.by(), row.at()))
			.toList();
		return new TaskProgressView(code, state.state(), state.progress(),
				views(this.reports.findBySubject(SubjectKind.TASK, code)), history);
	}

	/** A project's reports, newest first, if the caller sees it. */
	@Transactional(readOnly = true)
	public List<ProgressReportView> ofProject(String code) {
		Subject subject = this.subjects.get(SubjectKind.PROJECT, code);
		this.permissions.seeing(subject.region());
		return views(this.reports.findBySubject(SubjectKind.PROJECT, code));
	}

	/** One report, if the caller sees its subject. */
	@Transactional(readOnly = true)
	public ProgressReportView get(long reportId) {
		ReportRow row = this.reports.find(reportId).orElseThrow(() -> new UnknownReportException(reportId));
		this.permissions.seeing(this.subjects.get(row.kind(), row.code()).region());
		return view(row);
	}

	/** A file of evidence with its content, if the caller sees its report. */
	@Transactional(readOnly = true)
	public EvidenceFile evidence(long id) {
		EvidenceRow row = this.reports.findEvidence(id)
			.orElseThrow(() -> new UnknownReportException("证明材料", "evidence file", id));
		ReportRow report = this.reports.find(row.reportId()).orElseThrow();
		this.permissions.seeing(this.subjects.get(report.kind(), report.code()).region());
		return new EvidenceFile(evidenceView(row), this.reports.evidenceContent(id));
	}

	ProgressReportView view(ReportRow row) {
		return views(List.of(row)).get(0);
	}

	List<ProgressReportView> views(List<ReportRow> rows) {
		Set<Long> ids = rows.stream().map(ReportRow::id).collect(Collectors.toSet());
		Map<Long, List<EvidenceRow>> evidence = this.reports.evidence(ids);
		Map<Long, String> names = names(rows.stream().map(ReportRow::organisationId).collect(Collectors.toSet()));
		Map<String, String> subjectNames = subjectNames(rows);
		return rows.stream()
			.map(row -> new ProgressReportView(row.id(), row.roundId(), row.kind(), row.code(),
					subjectNames.get(row.kind() + row.code()), row.organisationId(), names.get(row.organisationId()),
					row.state(), row.text(), row.percent(), row.investment(), row.completes(), row.reportedBy(),
					row.reportedAt(), row.reviewedBy(), row.reviewedAt(), row.returnReason(),
					evidence.getOrDefault(row.id(), List.of()).stream().map(Progress::evidenceView).toList()))
			.toList();
	}

	private Map<String, String> subjectNames(List<ReportRow> rows) {
		Set<String> seen = new HashSet<>();
		return rows.stream()
			.filter(row -> seen.add(row.kind() + row.code()))
			.collect(Collectors.toMap(row -> row.kind() + row.code(),
					row -> this.subjects.get(row.kind(), row.code()).name()));
	}

	Map<Long, String> names(Collection<Long> ids) {
		return this.organisations.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
	}

	private static EvidenceView evidenceView(EvidenceRow row) {
		return new EvidenceView(row.id(), row.fileName(), row.contentType(), row.size(), row.uploadedBy(),
				row.uploadedAt());
	}

	/** A file of evidence and its bytes. */
	public record EvidenceFile(EvidenceView evidence, byte[] content) {
	}

}
