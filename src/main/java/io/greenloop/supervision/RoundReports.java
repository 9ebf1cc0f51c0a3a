package io.greenloop.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's consolidated report, generated from the stored reports: a .docx with the
 * narrative's skeleton (总体情况, 任务推进情况 with every task of the round, 项目推进情况, 逾期任务, 下一步) and
 * an .xlsx of every report row. Nothing in them is typed by hand.
 */
@Service
@Transactional(readOnly = true)
public class RoundReports {

	private static final List<String> COLUMNS = List.of("调度", "类型", "编号", "名称", "报送单位", "报送状态", "进度(%)", "本季度实际投资(万元)",
			"报告完成", "进展情况", "报送人", "报送时间", "审核人", "审核时间", "退回理由", "任务状态");

	private final DispatchRounds rounds;

	private final Tasks tasks;

	private final Projects projects;

	private final Clock clock;

	RoundReports(DispatchRounds rounds, Tasks tasks, Projects projects, Clock clock) {
		this.rounds = rounds;
		this.tasks = tasks;
		this.projects = projects;
		this.clock = clock;
	}

	/** The round, checked now, while the request can still be refused. */
	public RoundView round(long id) {
		return this.rounds.get(id);
	}

	public void docx(RoundView round, OutputStream out) {
		Map<String, TaskView> tasks = tasksOf(round);
		Map<String, ProjectView> projects = projectsOf(round);
		List<ProgressReportView> taskReports = of(round, SubjectKind.TASK);
		List<ProgressReportView> projectReports = of(round, SubjectKind.PROJECT);
		try (XWPFDocument doc = new XWPFDocument()) {
			heading(doc, round.name() + "情况报告", 16, ParagraphAlignment.CENTER);
			text(doc, "截止日期：%s；状态：%s；生成日期：%s".formatted(round.deadline(), round.open() ? "进行中" : "已结束",
					LocalDate.now(this.clock)));
			heading(doc, "一、总体情况", 13, ParagraphAlignment.LEFT);
			text(doc, summary(round, tasks, projectReports.stream().map(ProgressReportView::code).distinct().count()));
			heading(doc, "二、任务推进情况", 13, ParagraphAlignment.LEFT);
			table(doc, List.of("编号", "任务", "报送单位", "报送状态", "进度(%)", "进展情况", "任务状态"),
					taskReports.stream()
						.map(report -> List.of(report.code(), report.subjectName(), orEmpty(report.organisationName()),
								reportState(report.state()), number(report.percent()), orEmpty(report.text()),
								taskState(tasks.get(report.code()).state())))
						.toList());
			heading(doc, "三、项目推进情况", 13, ParagraphAlignment.LEFT);
			table(doc, List.of("编号", "项目", "报送单位", "计划投资(万元)", "本季度实际投资(万元)", "报送状态", "进展情况"),
					projectReports.stream()
						.map(report -> List.of(report.code(), report.subjectName(), orEmpty(report.organisationName()),
								decimal(projects.get(report.code()).investment()), decimal(report.investment()),
								reportState(report.state()), orEmpty(report.text())))
						.toList());
			text(doc,
					"本轮已采纳的项目实际投资合计：%s 万元。".formatted(projectReports.stream()
						.filter(report -> report.state() == ReportState.ACCEPTED && report.investment() != null)
						.map(ProgressReportView::investment)
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.toPlainString()));
			heading(doc, "四、逾期任务", 13, ParagraphAlignment.LEFT);
			List<TaskView> overdue = tasks.values().stream().filter(task -> task.state() == TaskState.OVERDUE).toList();
			text(doc, overdue.isEmpty() ? "本轮调度的任务中没有逾期任务。" : "逾期任务%d项：%s。".formatted(overdue.size(),
					overdue.stream().map(task -> task.code() + " " + task.name()).collect(Collectors.joining("；"))));
			heading(doc, "五、下一步工作", 13, ParagraphAlignment.LEFT);
			text(doc, nextSteps(round));
			doc.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void xlsx(RoundView round, OutputStream out) {
		Map<String, TaskView> tasks = tasksOf(round);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("报送");
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
			}
			int n = 1;
			for (ProgressReportView report : round.reports()) {
				Row row = sheet.createRow(n++);
				TaskView task = tasks.get(report.code());
				List<Object> cells = java.util.Arrays.asList(round.name(),
						report.kind() == SubjectKind.TASK ? "任务" : "项目", report.code(), report.subjectName(),
						report.organisationName(), reportState(report.state()), report.percent(), report.investment(),
						report.completes() ? "是" : "否", report.text(), report.reportedBy(),
						report.reportedAt() == null ? null : report.reportedAt().toString(), report.reviewedBy(),
						report.reviewedAt() == null ? null : report.reviewedAt().toString(), report.returnReason(),
						(report.kind() == SubjectKind.TASK && task != null) ? taskState(task.state()) : null);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String summary(RoundView round, Map<String, TaskView> tasks, long projectCount) {
		Map<TaskState, Long> byState = new LinkedHashMap<>();
		for (TaskState state : TaskState.values()) {
			byState.put(state, tasks.values().stream().filter(task -> task.state() == state).count());
		}
		return "本轮调度涉及任务%d项、项目%d个，共%d份报送：待报送%d份，已报送待审核%d份，已采纳%d份，已退回%d份。任务状态：%s。".formatted(tasks.size(), projectCount,
				round.reports().size(), round.counts().get(ReportState.PENDING),
				round.counts().get(ReportState.SUBMITTED), round.counts().get(ReportState.ACCEPTED),
				round.counts().get(ReportState.RETURNED),
				byState.entrySet()
					.stream()
					.map(entry -> taskState(entry.getKey()) + entry.getValue() + "项")
					.collect(Collectors.joining("，")));
	}

	private static String nextSteps(RoundView round) {
		List<String> missing = round.reports()
			.stream()
			.filter(report -> report.state() == ReportState.PENDING || report.state() == ReportState.RETURNED)
			.map(ProgressReportView::organisationName)
			.distinct()
			.toList();
		List<String> awaiting = round.reports()
			.stream()
			.filter(report -> report.state() == ReportState.SUBMITTED)
			.map(ProgressReportView::code)
			.distinct()
			.toList();
		List<String> steps = new ArrayList<>();
		steps.add(missing.isEmpty() ? "各责任单位均已报送。" : "督促以下单位报送或补报：" + String.join("、", missing) + "。");
		steps.add(awaiting.isEmpty() ? "牵头单位已审核全部报送。" : "牵头单位尽快审核以下任务的报送：" + String.join("、", awaiting) + "。");
		return String.join("", steps);
	}

	private Map<String, TaskView> tasksOf(RoundView round) {
		Map<String, TaskView> tasks = new LinkedHashMap<>();
		this.tasks.list(new TaskQuery(round.planCode(), null, null, null, null, null))
			.forEach(task -> tasks.put(task.code(), task));
		Map<String, TaskView> inRound = new LinkedHashMap<>();
		of(round, SubjectKind.TASK).forEach(report -> inRound.put(report.code(), tasks.get(report.code())));
		return inRound;
	}

	private Map<String, ProjectView> projectsOf(RoundView round) {
		return this.projects.view(round.planCode())
			.projects()
			.stream()
			.collect(Collectors.toMap(ProjectView::code, project -> project));
	}

	private static List<ProgressReportView> of(RoundView round, SubjectKind kind) {
		return round.reports().stream().filter(report -> report.kind() == kind).toList();
	}

	private static void heading(XWPFDocument doc, String text, int size, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(size);
		run.setText(text);
	}

	private static void text(XWPFDocument doc, String text) {
		doc.createParagraph().createRun().setText(text);
	}

	private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, header.size());
		fill(table.getRow(0), header, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
			XWPFRun run = paragraph.createRun();
			run.setBold(bold);
			run.setFontSize(9);
			run.setText(cells.get(i));
		}
	}

	static String reportState(ReportState state) {
		return switch (state) {
			case PENDING -> "待报送";
			case SUBMITTED -> "已报送";
			case ACCEPTED -> "已采纳";
			case RETURNED -> "已退回";
		};
	}

	static String taskState(TaskState state) {
		return switch (state) {
			case NOT_STARTED -> "未启动";
			case IN_PROGRESS -> "推进中";
			case COMPLETED -> "已完成";
			case OVERDUE -> "逾期";
		};
	}

	private static String number(Integer value) {
		return value == null ? "" : value.toString();
	}

	private static String decimal(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
