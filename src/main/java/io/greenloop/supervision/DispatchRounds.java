package io.greenloop.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.identity.DataScope;
import io.greenloop.region.Organisation;
import io.greenloop.region.OrganisationKind;
import io.greenloop.region.OrganisationQuery;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.domain.DispatchRound;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.persistence.ProgressRepository;
import io.greenloop.supervision.persistence.ProgressRepository.ReportRow;
import io.greenloop.supervision.persistence.ProjectRepository;
import io.greenloop.supervision.persistence.RoundRepository;
import io.greenloop.supervision.persistence.RoundRepository.RoundRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch rounds (调度): an administrator opens one with a deadline, and every responsible
 * unit gets a slot for each of its open tasks (its 责任 units, or its 牵头 units when it
 * names none) and for each project of the plan (addressed to the organisation its 责任单位
 * names, or, for an enterprise, to the region's coordination office, such as Hohhot's
 * 市“无废办”); units report; lead units consolidate, accepting or sending back each report;
 * an administrator closes the round.
 */
@Service
public class DispatchRounds {

	private final RoundRepository rounds;

	private final ProgressRepository reports;

	private final ProjectRepository projects;

	private final Tasks tasks;

	private final Progress progress;

	private final Organisations organisations;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DispatchRounds(RoundRepository rounds, ProgressRepository reports, ProjectRepository projects, Tasks tasks,
			Progress progress, Organisations organisations, Permissions permissions, ApplicationEventPublisher events,
			Clock clock) {
		this.rounds = rounds;
		this.reports = reports;
		this.projects = projects;
		this.tasks = tasks;
		this.progress = progress;
		this.organisations = organisations;
		this.permissions = permissions;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a round and gives every responsible unit its slots. */
	@Transactional
	public RoundView open(OpenRound command) {
		DataScope scope = this.permissions.scope();
		this.permissions.requireAdmin(scope, "开启调度 / open a dispatch round");
		LocalDate today = LocalDate.now(this.clock);
		DispatchRound.checkOpening(command.name(), command.deadline(), today);
		String plan = (command.plan() == null || command.plan().isBlank()) ? null : command.plan().strip();
		List<TaskView> open = this.tasks.list(new TaskQuery(plan, null, null, null, null, null))
			.stream()
			.filter(task -> task.state() != TaskState.COMPLETED)
			.toList();
		List<ProjectView> planProjects = this.projects.find(plan);
		if (plan != null && open.isEmpty() && planProjects.isEmpty()) {
			throw new InvalidInputException("plan",
					"规划%s没有未完成的任务或项目 / plan %s has no open task or project".formatted(plan, plan));
		}
		int year = (command.year() != null) ? command.year() : command.deadline().getYear();
		long id = this.rounds.insert(command.name().strip(), plan, year, command.deadline(), scope.username(),
				this.clock.instant());
		for (TaskView task : open) {
			for (Long unit : Subjects.reportingUnits(task)) {
				this.reports.insertPending(id, SubjectKind.TASK, task.code(), unit);
			}
		}
		for (ProjectView project : planProjects) {
			addressee(project)
				.ifPresent(unit -> this.reports.insertPending(id, SubjectKind.PROJECT, project.code(), unit));
		}
		return get(id);
	}

	/**
	 * The organisation that reports on a project: the one its 责任单位 names, if the region
	 * knows it; else the region's coordination office (an enterprise has no account).
	 */
	private Optional<Long> addressee(ProjectView project) {
		RegionCode region = RegionCode.of(this.projects.regionOf(project.code()).orElseThrow());
		String named = project.responsible();
		if (named != null && !named.isBlank()) {
			Optional<Organisation> known = this.organisations
				.list(new OrganisationQuery(region, false, null, named.strip()))
				.stream()
				.filter(org -> org.name().endsWith(named.strip().replaceFirst("^市", ""))
						|| named.strip().equals(org.shortName()) || org.aliases().contains(named.strip()))
				.findFirst();
			if (known.isPresent()) {
				return Optional.of(known.get().id());
			}
		}
		return this.organisations.list(new OrganisationQuery(region, false, OrganisationKind.COORDINATION_OFFICE, null))
			.stream()
			.map(Organisation::id)
			.findFirst();
	}

	/** Every round, newest first, without their reports. */
	@Transactional(readOnly = true)
	public List<RoundView> list() {
		this.permissions.scope();
		return this.rounds.findAll().stream().map(row -> view(row, this.reports.findByRound(row.id()), false)).toList();
	}

	/** A round with the reports the caller's data scope covers. */
	@Transactional(readOnly = true)
	public RoundView get(long id) {
		RoundRow row = this.rounds.find(id).orElseThrow(() -> new UnknownReportException("调度", "dispatch round", id));
		return view(row, this.reports.findByRound(id), true);
	}

	/**
	 * The lead unit consolidates: accepts or sends back each report, all or none.
	 */
	@Transactional
	public RoundView consolidate(long id, List<Decision> decisions) {
		RoundRow row = this.rounds.lock(id).orElseThrow(() -> new UnknownReportException("调度", "dispatch round", id));
		new DispatchRound(id, "OPEN".equals(row.state())).requireOpen();
		if (decisions == null || decisions.isEmpty()) {
			throw new InvalidInputException("decisions", "请对至少一份报告作出决定 / decisions: decide on at least one report");
		}
		for (Decision decision : decisions) {
			ReportRow report = this.reports.find(decision.report())
				.filter(found -> found.roundId() != null && found.roundId() == id)
				.orElseThrow(() -> new InvalidInputException("decisions", "报告%d不属于调度%d / report %d is not in round %d"
					.formatted(decision.report(), id, decision.report(), id)));
			this.progress.review(report.id(), decision.accept(), decision.reason());
		}
		return get(id);
	}

	/** An administrator closes the round: no more reports. */
	@Transactional
	public RoundView close(long id) {
		DataScope scope = this.permissions.scope();
		this.permissions.requireAdmin(scope, "结束调度 / close a dispatch round");
		RoundRow row = this.rounds.lock(id).orElseThrow(() -> new UnknownReportException("调度", "dispatch round", id));
		new DispatchRound(id, "OPEN".equals(row.state())).close();
		Instant now = this.clock.instant();
		this.rounds.close(id, scope.username(), now);
		this.events.publishEvent(new RoundClosed(id, row.planCode(), row.year()));
		return get(id);
	}

	/** Whether a round is open now. */
	boolean isOpen(long id) {
		return this.rounds.find(id).map(row -> "OPEN".equals(row.state())).orElse(false);
	}

	private RoundView view(RoundRow row, List<ReportRow> all, boolean withReports) {
		Map<ReportState, Long> counts = new EnumMap<>(ReportState.class);
		for (ReportState state : ReportState.values()) {
			counts.put(state, all.stream().filter(report -> report.state() == state).count());
		}
		List<ProgressReportView> reports = null;
		if (withReports) {
			DataScope scope = this.permissions.scope();
			Map<String, String> regions = regions(all);
			reports = this.progress
				.views(all.stream().filter(report -> scope.sees(regions.get(report.kind() + report.code()))).toList());
		}
		return new RoundView(row.id(), row.name(), row.planCode(), row.year(), row.deadline(), row.state(),
				row.openedBy(), row.openedAt(), row.closedBy(), row.closedAt(), counts, reports);
	}

	private Map<String, String> regions(List<ReportRow> rows) {
		return rows.stream()
			.map(row -> row.kind() + row.code())
			.distinct()
			.collect(Collectors.toMap(Function.identity(), key -> key.startsWith(SubjectKind.TASK.name())
					? this.tasks.get(key.substring(SubjectKind.TASK.name().length())).regionCode()
					: this.projects.regionOf(key.substring(SubjectKind.PROJECT.name().length())).orElseThrow()));
	}

	/**
	 * A round was closed.
	 *
	 * @param roundId the round
	 * @param planCode its plan, or null
	 * @param year the year it reported on
	 */
	public record RoundClosed(long roundId, String planCode, int year) {
	}

}
