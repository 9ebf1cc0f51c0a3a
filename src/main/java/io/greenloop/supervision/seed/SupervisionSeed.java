package io.greenloop.supervision.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.plan.seed.SeedTexts;
import io.greenloop.supervision.ProjectView;
import io.greenloop.supervision.Provenance;
import io.greenloop.supervision.Review;
import io.greenloop.supervision.domain.InvestmentOutliers;
import io.greenloop.supervision.domain.Schedule;
import io.greenloop.supervision.domain.ScheduleParser;
import io.greenloop.supervision.domain.TargetMentions;
import io.greenloop.supervision.persistence.ProjectRepository;
import io.greenloop.supervision.persistence.TaskRepository;
import io.greenloop.supervision.persistence.TaskRepository.MilestoneRow;
import io.greenloop.supervision.persistence.TaskRepository.NewTask;
import io.greenloop.supervision.seed.SupervisionFile.ProjectEntry;
import io.greenloop.supervision.seed.SupervisionFile.Source;
import io.greenloop.supervision.seed.SupervisionFile.TaskEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the plans' tasks and projects at start-up, after the catalogue: checks every file
 * first, then writes all in one transaction. Each task's 时间安排 is read into milestones and
 * its units into organisations; what could not be settled is marked for review. Loading
 * is idempotent, keeps each task's state, and removes what the files no longer hold.
 */
@Component
@Order(SupervisionSeed.ORDER)
class SupervisionSeed implements ApplicationRunner {

	/** After the catalogue (200). */
	static final int ORDER = 300;

	private static final Logger log = LoggerFactory.getLogger(SupervisionSeed.class);

	private final SupervisionReader reader;

	private final TaskRepository tasks;

	private final ProjectRepository projects;

	private final TaskUnits units;

	private final TaskTargetSeed targets;

	private final TransactionTemplate transaction;

	SupervisionSeed(SeedTexts seeds, TaskRepository tasks, ProjectRepository projects, TaskUnits units,
			TaskTargetSeed targets, TransactionTemplate transaction) {
		this.reader = new SupervisionReader(seeds, "classpath:supervision/*.yaml");
		this.tasks = tasks;
		this.projects = projects;
		this.units = units;
		this.targets = targets;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<SupervisionFile> files = this.reader.read();
		this.transaction.executeWithoutResult(status -> {
			List<String> taskCodes = new ArrayList<>();
			List<String> projectCodes = new ArrayList<>();
			List<TargetMentions.Candidate> candidates = this.targets.candidates();
			int links = 0;
			for (SupervisionFile file : files) {
				taskCodes.addAll(saveTasks(file));
				for (TaskEntry entry : file.tasks()) {
					links += this.targets.link(entry.code(), file.plan(), entry.name(), entry.content(), candidates);
				}
				projectCodes.addAll(saveProjects(file));
			}
			this.tasks.deleteOtherThan(taskCodes);
			this.projects.deleteOtherThan(projectCodes);
			log.info("Loaded {} tasks ({} linked to the targets they name) and {} projects", taskCodes.size(), links,
					projectCodes.size());
		});
	}

	private List<String> saveTasks(SupervisionFile file) {
		List<String> codes = new ArrayList<>();
		int position = 0;
		for (TaskEntry entry : file.tasks()) {
			Schedule schedule = (entry.schedule() != null) ? ScheduleParser.parse(entry.schedule()) : null;
			List<TaskRepository.UnitRow> named = this.units.of(file, entry);
			this.tasks.save(new NewTask(entry.code(), file.plan(), position++, file.region(), entry.group(),
					entry.seq(), entry.name(), entry.content(), entry.lead(), entry.responsible(), entry.schedule(),
					(schedule != null) ? schedule.recurringFrom() : null,
					(schedule != null) ? schedule.recurringUntil() : null, (schedule != null) ? schedule.due() : null,
					review(file, entry, schedule, named), entry.note(), provenance(file, entry.source()),
					(entry.unitsSource() != null) ? provenance(file, entry.unitsSource()) : null));
			this.tasks.replaceMilestones(entry.code(), (schedule == null) ? List.of() : schedule.milestones()
				.stream()
				.map(milestone -> new MilestoneRow(entry.code(), milestone.years(), milestone.due(), milestone.text()))
				.toList());
			this.tasks.replaceUnits(entry.code(), named);
			codes.add(entry.code());
		}
		return codes;
	}

	private static List<Review> review(SupervisionFile file, TaskEntry entry, Schedule schedule,
			List<TaskRepository.UnitRow> named) {
		List<Review> review = new ArrayList<>();
		if (schedule == null) {
			review.add(Review.NO_SCHEDULE);
		}
		else if (!schedule.readable()) {
			review.add(Review.SCHEDULE_UNREADABLE);
		}
		if (file.unitsMissing()) {
			review.add(Review.UNITS_MISSING);
		}
		else if (named.stream().noneMatch(unit -> "LEAD".equals(unit.role()) && unit.organisationId() != null)) {
			review.add(Review.NO_LEAD_UNIT);
		}
		if (named.stream().anyMatch(unit -> unit.organisationId() == null)) {
			review.add(Review.COLLECTIVE_UNITS);
		}
		return review;
	}

	private List<String> saveProjects(SupervisionFile file) {
		List<BigDecimal> investments = file.projects()
			.stream()
			.map(project -> (project.investment() != null) ? new BigDecimal(project.investment()) : null)
			.toList();
		List<Integer> outliers = InvestmentOutliers.of(investments);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < file.projects().size(); i++) {
			ProjectEntry entry = file.projects().get(i);
			List<Review> review = new ArrayList<>();
			List<String> notes = new ArrayList<>(entry.review());
			if (!entry.review().isEmpty()) {
				review.add(Review.DAMAGED_TEXT);
			}
			if (outliers.contains(i)) {
				review.add(Review.INVESTMENT_OUTLIER);
				notes.add("投资额 %s 万元与本清单其他项目相差一个数量级以上，待与原件核对。".formatted(entry.investment()));
			}
			this.projects.save(new ProjectView(entry.code(), file.plan(), entry.seq(), entry.name(), entry.sourceName(),
					entry.content(), entry.unit(), investments.get(i), "万元", entry.benefit(), year(entry.deadline()),
					review, notes.isEmpty() ? null : String.join(" ", notes), provenance(file, entry.source())), i,
					file.region());
			codes.add(entry.code());
		}
		return codes;
	}

	/** "2024年" as 2024; null when there is no deadline. */
	private static Integer year(String deadline) {
		return (deadline == null) ? null : Integer.valueOf(deadline.replaceAll("\\D", ""));
	}

	private static Provenance provenance(SupervisionFile file, Source source) {
		return new Provenance(file.document(), List.of(source.from(), source.to()), source.quote());
	}

}
