package io.greenloop.supervision;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.GreenloopTest;
import io.greenloop.plan.domain.SeedText;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.TaskView.MilestoneView;
import io.greenloop.supervision.TaskView.TaskUnit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks and projects as loaded: every row of Hohhot's task and project tables, read
 * from the seed itself, is there with its words and line; every quote is in the lines it
 * cites; units, milestones and review marks are what the plans' words make of them.
 */
@GreenloopTest
class SupervisionSeedTests {

	static final Path SEEDS = Path.of("src/main/resources/seeds");

	@Autowired
	Tasks tasks;

	@Autowired
	Projects projects;

	@Autowired
	Organisations organisations;

	@Test
	void everyRowOfHohhotsTaskListIsATaskWithItsWordsAndLine() throws IOException {
		List<String[]> rows = tableRows("任务清单", "项目清单");
		assertThat(rows).as("rows of 003's 任务清单").hasSize(59);
		List<TaskView> inOrder = this.tasks.list(new TaskQuery("003", null, null, null, null, null));
		Map<String, TaskView> loaded = byCode(inOrder);
		assertThat(loaded).hasSize(59);
		for (String[] row : rows) {
			TaskView task = loaded.values()
				.stream()
				.filter(candidate -> candidate.source().lines().get(0) == Integer.parseInt(row[0]))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no task of line " + row[0] + ": " + row[3]));
			assertThat(task.group()).isEqualTo(row[1]);
			assertThat(task.seq()).isEqualTo(Integer.valueOf(row[2]));
			assertThat(task.name()).isEqualTo(row[3]);
			assertThat(task.schedule()).isEqualTo(row[7]);
			assertThat(task.state()).as("loading keeps the state the rules and reports gave it").isNotNull();
		}
		assertThat(inOrder.stream().map(TaskView::group).distinct()).containsExactly("体制机制建设", "工业固体废物领域", "农业固体废物领域",
				"生活源固体废物领域", "建筑垃圾领域", "危险废物领域");
	}

	@Test
	void everyRowOfHohhotsProjectListIsAProjectWithItsInvestment() throws IOException {
		List<String[]> rows = tableRows("项目清单", null);
		assertThat(rows).as("rows of 003's 项目清单").hasSize(24);
		Map<String, ProjectView> loaded = this.projects.view("003")
			.projects()
			.stream()
			.collect(Collectors.toMap(ProjectView::code, Function.identity()));
		assertThat(loaded).hasSize(24);
		BigDecimal sum = BigDecimal.ZERO;
		for (String[] row : rows) {
			ProjectView project = loaded.get("003-P%02d".formatted(Integer.parseInt(row[2])));
			assertThat(project).as("project of row " + row[2]).isNotNull();
			assertThat(project.source().lines().get(0)).isEqualTo(Integer.parseInt(row[0]));
			BigDecimal printed = new BigDecimal(row[6].replaceAll("\\s", ""));
			assertThat(project.investment()).isEqualByComparingTo(printed);
			assertThat(project.investmentUnit()).isEqualTo("万元");
			sum = sum.add(printed);
		}
		assertThat(this.projects.view("003").totals().get(0).planned()).isEqualByComparingTo(sum)
			.isEqualByComparingTo("1969581.7");
	}

	@Test
	void everyQuoteIsInTheLinesItCites() throws IOException {
		List<String> missing = new ArrayList<>();
		List<TaskView> all = this.tasks.list(TaskQuery.all());
		for (TaskView task : all) {
			check(task.code(), task.source(), missing);
			if (task.unitsSource() != null) {
				check(task.code() + " units", task.unitsSource(), missing);
			}
		}
		for (ProjectView project : this.projects.view(null).projects()) {
			check(project.code(), project.source(), missing);
		}
		assertThat(missing).isEmpty();
		assertThat(all).extracting(TaskView::planCode)
			.containsOnly("000", "001", "002", "003")
			.filteredOn("000"::equals)
			.hasSize(7);
		assertThat(this.projects.view("000").projects()).hasSize(7);
	}

	@Test
	void theUnitsAreOrganisationsOfTheRegionOrKeptAsCollectiveMentions() {
		TaskView mechanism = this.tasks.get("003-1.01");
		assertThat(mechanism.leads()).extracting(TaskUnit::name).containsExactly("呼和浩特市生态环境局", "呼和浩特市“无废办”");
		assertThat(mechanism.responsibles()).filteredOn(TaskUnit::collective)
			.extracting(TaskUnit::mention)
			.containsExactly("各相关部门");
		assertThat(mechanism.review()).contains(Review.COLLECTIVE_UNITS);
		TaskView straw = this.tasks.get("003-3.03");
		assertThat(straw.responsibles()).extracting(TaskUnit::organisationId)
			.containsExactlyInAnyOrderElementsOf(this.organisations.governmentsBelow(RegionCode.of("150100"))
				.stream()
				.map(organisation -> organisation.id())
				.toList());
		TaskView recycling = this.tasks.get("000-K1");
		assertThat(recycling.leads()).extracting(TaskUnit::name).containsExactly("内蒙古自治区发展和改革委员会", "内蒙古自治区商务厅");
		assertThat(recycling.unitsSource().lines()).containsExactly(1238, 1260);
		for (String plan : List.of("001", "002")) {
			List<TaskView> measures = this.tasks.list(new TaskQuery(plan, null, null, null, null, null));
			assertThat(measures).as(plan).isNotEmpty().allSatisfy(task -> {
				assertThat(task.units()).isEmpty();
				assertThat(task.review()).contains(Review.UNITS_MISSING, Review.NO_SCHEDULE);
			});
		}
		assertThat(this.tasks.get("003-2.09").review()).contains(Review.NO_LEAD_UNIT);
	}

	@Test
	void theScheduleBecomesMilestonesOrARecurringTask() {
		TaskView assessment = this.tasks.get("003-1.02");
		assertThat(assessment.milestones()).containsExactly(
				new MilestoneView(List.of(2023), LocalDate.of(2023, 12, 31), "制定考核办法，建立考核机制"),
				new MilestoneView(List.of(2024, 2025), LocalDate.of(2025, 12, 31), "组织开展年度考核评估"));
		assertThat(assessment.due()).isEqualTo(LocalDate.of(2025, 12, 31));
		TaskView approvals = this.tasks.get("003-2.09");
		assertThat(approvals.milestones()).isEmpty();
		assertThat(approvals.recurringFrom()).isEqualTo(2023);
		assertThat(approvals.recurringUntil()).isEqualTo(2025);
		assertThat(this.tasks.get("003-1.01").due()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(this.tasks.list(new TaskQuery("003", null, null, null, null, null)))
			.noneMatch(task -> task.review().contains(Review.SCHEDULE_UNREADABLE));
	}

	@Test
	void damagedRowsAndOutlyingInvestmentsAreMarkedNotChanged() {
		Map<String, ProjectView> loaded = this.projects.view("003")
			.projects()
			.stream()
			.collect(Collectors.toMap(ProjectView::code, Function.identity()));
		ProjectView damaged = loaded.get("003-P02");
		assertThat(damaged.review()).contains(Review.DAMAGED_TEXT);
		assertThat(damaged.sourceName()).isEqualTo("50 万吨粉煤 综合利 80 万立 土加 项目");
		assertThat(damaged.name()).isNotEqualTo(damaged.sourceName());
		ProjectView mine = loaded.get("003-P06");
		assertThat(mine.review()).containsExactly(Review.INVESTMENT_OUTLIER);
		assertThat(mine.investment()).isEqualByComparingTo("1262700");
		assertThat(loaded.values()).filteredOn(project -> project.review().contains(Review.INVESTMENT_OUTLIER))
			.extracting(ProjectView::code)
			.containsExactlyInAnyOrder("003-P06", "003-P07", "003-P21");
		assertThat(loaded.get("003-P03").review()).isEmpty();
		assertThat(loaded.get("003-P03").name()).isEqualTo("年产40万吨建筑石膏粉（脱硫石膏综合利用）项目");
	}

	@Test
	void theProjectsAnswerToTheInvestmentTargetOfTheCatalogue() {
		ProjectsView.InvestmentTarget target = this.projects.view(null).target();
		assertThat(target.indicatorCode()).isEqualTo("003-T38");
		assertThat(target.value()).isEqualByComparingTo("222");
		assertThat(target.unit()).isEqualTo("亿元");
		assertThat(target.valueInWan()).isEqualByComparingTo("2220000");
		assertThat(target.planned()).isEqualByComparingTo("1969581.7");
		assertThat(target.share()).isEqualByComparingTo("88.7");
	}

	private static void check(String code, Provenance source, List<String> missing) throws IOException {
		SeedText text = new SeedText(source.document(),
				Files.readString(SEEDS.resolve(source.document()), StandardCharsets.UTF_8));
		if (!text.contains(source.lines().get(0), source.lines().get(1), source.quote())) {
			missing.add(code + " " + source.lines());
		}
	}

	private static Map<String, TaskView> byCode(List<TaskView> tasks) {
		return tasks.stream().collect(Collectors.toMap(TaskView::code, Function.identity()));
	}

	/**
	 * The rows of one of 003's tables, read from the seed: line number, group (for the
	 * task list), then the cells.
	 */
	static List<String[]> tableRows(String heading, String nextHeading) throws IOException {
		Path seed;
		try (var files = Files.list(SEEDS)) {
			seed = files.filter(file -> file.getFileName().toString().startsWith("003_")).findFirst().orElseThrow();
		}
		List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
		int from = lines.indexOf(heading);
		int to = (nextHeading != null) ? lines.indexOf(nextHeading) : lines.size();
		List<String[]> rows = new ArrayList<>();
		String group = null;
		for (int i = from; i < to; i++) {
			String[] cells = lines.get(i).split("\t", -1);
			if (cells.length == 6 && !cells[0].isEmpty() && cells[1].isEmpty()) {
				group = cells[0];
			}
			else if (cells[0].matches("\\d+")) {
				List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), String.valueOf(group)));
				row.addAll(List.of(cells));
				rows.add(row.toArray(String[]::new));
			}
		}
		return rows;
	}

}
