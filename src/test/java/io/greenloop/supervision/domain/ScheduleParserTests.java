package io.greenloop.supervision.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 时间安排 of every task in the seeds' task tables, each distinct phrasing with what it
 * must become, and the shapes the parser must refuse to guess at.
 */
class ScheduleParserTests {

	/**
	 * Every distinct 时间安排 of 003's 任务清单 and its reading: "every round A-B" for a
	 * recurring task, else the milestones as "years: text", separated by " | ".
	 */
	static final Map<String, String> SEED_PHRASINGS = table(
			"""
					2023年完成。 ‖ 2023: 完成
					2023年制定考核办法，建立考核机制；2024年、2025年组织开展年度考核评估。 ‖ 2023: 制定考核办法，建立考核机制 | 2024,2025: 组织开展年度考核评估
					2023年确定适合发展“光伏+”的场地，争取自治区清洁能源发展配额，2024年、2025年开展“光伏+”项目建设。 ‖ 2023: 确定适合发展“光伏+”的场地，争取自治区清洁能源发展配额 | 2024,2025: 开展“光伏+”项目建设
					2023年制定“煤改电”等工作推进方案，2024年、2025年按方案推进。 ‖ 2023: 制定“煤改电”等工作推进方案 | 2024,2025: 按方案推进
					2023年建立淘汰机制，核定火电企业配置新能源规模，2024年、2025年推进热电联产项目。 ‖ 2023: 建立淘汰机制，核定火电企业配置新能源规模 | 2024,2025: 推进热电联产项目
					2023年摸排市内火电行业具备余热回收能力的企业，2024年、2025年推动余热回收利用技术改造。 ‖ 2023: 摸排市内火电行业具备余热回收能力的企业 | 2024,2025: 推动余热回收利用技术改造
					2023年确定可行的污泥焚烧技术，2024年开展污泥焚烧试点，2025年扩大污泥焚烧范围。 ‖ 2023: 确定可行的污泥焚烧技术 | 2024: 开展污泥焚烧试点 | 2025: 扩大污泥焚烧范围
					2023年引进符合园区定位的工业固体废物综合利用企业，2024年培育企业发展，2025年形成产业布局。 ‖ 2023: 引进符合园区定位的工业固体废物综合利用企业 | 2024: 培育企业发展 | 2025: 形成产业布局
					2023年启动综合利用方案编制工作，2024年编制完成综合利用方案。 ‖ 2023: 启动综合利用方案编制工作 | 2024: 编制完成综合利用方案
					2023年推进现有项目顺利落地，引进新的综合利用项目，2024年培育和发展综合利用企业。 ‖ 2023: 推进现有项目顺利落地，引进新的综合利用项目 | 2024: 培育和发展综合利用企业
					2023年—2025年持续推进。 ‖ every round 2023-2025
					2023年完善粉煤灰外运配套设施，2024年将粉煤灰外运至周边地区，探索建立优惠和扶持政策，2025年建立跨区域协同利用模式。 ‖ 2023: 完善粉煤灰外运配套设施 | 2024: 将粉煤灰外运至周边地区，探索建立优惠和扶持政策 | 2025: 建立跨区域协同利用模式
					2023年、2024年推动电厂与社会力量合作，开展技术研发，2025年推广综合利用技术。 ‖ 2023,2024: 推动电厂与社会力量合作，开展技术研发 | 2025: 推广综合利用技术
					2023年推动综合利用企业按照市内需求开展综合利用，2024年、2025年在市内推广和利用综合利用产品。 ‖ 2023: 推动综合利用企业按照市内需求开展综合利用 | 2024,2025: 在市内推广和利用综合利用产品
					2023年明确产业布局优化方向，2024年、2025年按照计划逐步引进相关项目。 ‖ 2023: 明确产业布局优化方向 | 2024,2025: 按照计划逐步引进相关项目
					2023年完成园区循环化改造方案编制，2024年、2025年推进园区循环化改造。 ‖ 2023: 完成园区循环化改造方案编制 | 2024,2025: 推进园区循环化改造
					2023年研究制定补贴和扶持政策，2024年、2025年根据评价结果落实政策。 ‖ 2023: 研究制定补贴和扶持政策 | 2024,2025: 根据评价结果落实政策
					2023年成立粉煤灰综合利用联盟，2024年开展技术研发，2025年推广利用技术。 ‖ 2023: 成立粉煤灰综合利用联盟 | 2024: 开展技术研发 | 2025: 推广利用技术
					2023年对园区内企业固体废物产生、利用、处置情况和处置能力进行评估，2024年结合实际情况布局集中处置设施，2025年开展集中处置设施建设。 ‖ 2023: 对园区内企业固体废物产生、利用、处置情况和处置能力进行评估 | 2024: 结合实际情况布局集中处置设施 | 2025: 开展集中处置设施建设
					2023年对历史遗留废弃矿山问题进行排查，2024年、2025年建立整改清单。 ‖ 2023: 对历史遗留废弃矿山问题进行排查 | 2024,2025: 建立整改清单
					2023年根据摸排情况制定整改方案，2024年、2025年开展问题治理。 ‖ 2023: 根据摸排情况制定整改方案 | 2024,2025: 开展问题治理
					2023年制定治理方案，2024年、2025年打造示范项目。 ‖ 2023: 制定治理方案 | 2024,2025: 打造示范项目
					2025年完成。 ‖ 2025: 完成
					2023年健全收运体系，2024年加快饲料化技术研发，2025年加快技术推广应用。 ‖ 2023: 健全收运体系 | 2024: 加快饲料化技术研发 | 2025: 加快技术推广应用
					2023年布设综合回收站点，2024年、2025年不断完善农村废弃农资产品和生活垃圾回收体系。 ‖ 2023: 布设综合回收站点 | 2024,2025: 不断完善农村废弃农资产品和生活垃圾回收体系
					2023年制定“无废细胞”建设标准，2024年、2025年开展“无废细胞”创建。 ‖ 2023: 制定“无废细胞”建设标准 | 2024,2025: 开展“无废细胞”创建
					2023年建立塑料购物袋集中购销制，2024年、2025年持续推动限塑禁塑。 ‖ 2023: 建立塑料购物袋集中购销制 | 2024,2025: 持续推动限塑禁塑
					2023年完成填埋场摸排，2024年、2025年完成填埋场整治。 ‖ 2023: 完成填埋场摸排 | 2024,2025: 完成填埋场整治
					2023年建立建筑垃圾减量化工作机制，2024年出台施工现场建筑垃圾减量化指导手册，2025年持续推动建筑垃圾源头减量。 ‖ 2023: 建立建筑垃圾减量化工作机制 | 2024: 出台施工现场建筑垃圾减量化指导手册 | 2025: 持续推动建筑垃圾源头减量
					2023年制定建筑垃圾污染防治工作规划，2024年、2025年落实规划，探索开展移动式处置试点。 ‖ 2023: 制定建筑垃圾污染防治工作规划 | 2024,2025: 落实规划，探索开展移动式处置试点
					2023年开展建筑垃圾堆存点排查，制定分类管控方案，2024年、2025年完成建筑垃圾堆存点治理。 ‖ 2023: 开展建筑垃圾堆存点排查，制定分类管控方案 | 2024,2025: 完成建筑垃圾堆存点治理
					2023年建立健全危险废物联防联控工作机制，2024年、2025年制定危险废物管理责任清单。 ‖ 2023: 建立健全危险废物联防联控工作机制 | 2024,2025: 制定危险废物管理责任清单
					""");

	@Test
	void readsEveryPhrasingOfTheSeedTaskTables() {
		SEED_PHRASINGS
			.forEach((text, expected) -> assertThat(render(ScheduleParser.parse(text))).as(text).isEqualTo(expected));
	}

	@Test
	void theTableAboveCoversEveryPhrasingInTheSeeds() throws IOException {
		List<String> schedules = seedSchedules();
		assertThat(schedules).as("the 任务清单 rows of 003").hasSize(59);
		assertThat(SEED_PHRASINGS.keySet()).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(schedules));
	}

	@Test
	void aYearToFinishInIsOneMilestoneDueAtTheEndOfThatYear() {
		Schedule schedule = ScheduleParser.parse("2025年完成。");
		assertThat(schedule.readable()).isTrue();
		assertThat(schedule.recurring()).isFalse();
		assertThat(schedule.milestones())
			.containsExactly(new Milestone(List.of(2025), LocalDate.of(2025, 12, 31), "完成"));
		assertThat(schedule.due()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aSpanToKeepWorkingInIsARecurringTaskUntilItsLastYear() {
		Schedule schedule = ScheduleParser.parse("2023年—2025年持续推进。");
		assertThat(schedule.recurring()).isTrue();
		assertThat(schedule.recurringFrom()).isEqualTo(2023);
		assertThat(schedule.recurringUntil()).isEqualTo(2025);
		assertThat(schedule.milestones()).isEmpty();
		assertThat(schedule.due()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void stagesEachHaveTheirYearsTheirOwnWordsAndTheirOwnDueDate() {
		Schedule schedule = ScheduleParser.parse("2023年制定考核办法，建立考核机制；2024年、2025年组织开展年度考核评估。");
		assertThat(schedule.milestones()).containsExactly(
				new Milestone(List.of(2023), LocalDate.of(2023, 12, 31), "制定考核办法，建立考核机制"),
				new Milestone(List.of(2024, 2025), LocalDate.of(2025, 12, 31), "组织开展年度考核评估"));
		assertThat(schedule.due()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(schedule.text()).isEqualTo("2023年制定考核办法，建立考核机制；2024年、2025年组织开展年度考核评估。");
	}

	@Test
	void aStageMayOpenWithASpanOfYears() {
		assertThat(render(ScheduleParser.parse("2023年—2024年开展试点，2025年全面推广。")))
			.isEqualTo("2023,2024: 开展试点 | 2025: 全面推广");
	}

	@Test
	void keepsWhatItCannotReadAsTextForAnAdministrator() {
		for (String text : new String[] { "长期坚持。", "按自治区要求推进。", "2025年", "2025年完成，2023年启动。", "2024年、2023年开展评估。",
				"2026年—2023年持续推进。", "1900年完成。", "", "   " }) {
			Schedule schedule = ScheduleParser.parse(text);
			assertThat(schedule.readable()).as(text).isFalse();
			assertThat(schedule.milestones()).as(text).isEmpty();
			assertThat(schedule.recurring()).as(text).isFalse();
			assertThat(schedule.due()).as(text).isNull();
			assertThat(schedule.text()).as(text).isEqualTo(text);
		}
		assertThat(ScheduleParser.parse(null).readable()).isFalse();
	}

	static String render(Schedule schedule) {
		if (!schedule.readable()) {
			return "unreadable";
		}
		if (schedule.recurring()) {
			return "every round " + schedule.recurringFrom() + "-" + schedule.recurringUntil();
		}
		return schedule.milestones()
			.stream()
			.map(milestone -> milestone.years().stream().map(String::valueOf).collect(Collectors.joining(",")) + ": "
					+ milestone.text())
			.collect(Collectors.joining(" | "));
	}

	/** The 时间安排 cell of every row of 003's 任务清单, read from the seed itself. */
	static List<String> seedSchedules() throws IOException {
		Path seed;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/seeds"))) {
			seed = files.filter(file -> file.getFileName().toString().startsWith("003_")).findFirst().orElseThrow();
		}
		List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
		int from = lines.indexOf("任务清单");
		int to = lines.indexOf("项目清单");
		return lines.subList(from, to)
			.stream()
			.map(line -> line.split("\t", -1))
			.filter(cells -> cells.length == 6 && cells[0].matches("\\d+"))
			.map(cells -> cells[5])
			.toList();
	}

	private static Map<String, String> table(String text) {
		Map<String, String> table = new LinkedHashMap<>();
		text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
			String[] parts = line.split(" ‖ ");
			table.put(parts[0], parts[1]);
		});
		return table;
	}

}
