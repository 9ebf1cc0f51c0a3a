package io.greenloop.supervision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.greenloop.supervision.ReportState;
import io.greenloop.supervision.SubjectKind;
import io.greenloop.supervision.TaskState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A task's and a report's transitions, without Spring. */
class TaskTests {

	static final LocalDate DAY = LocalDate.of(2026, 1, 1);

	@Test
	void progressStartsATaskAndKeepsAnOverdueOneOverdue() {
		Task task = new Task("003-2.13", TaskState.NOT_STARTED, null, null);
		assertThat(task.recordProgress(40))
			.isEqualTo(new Task.Change("PROGRESS", TaskState.NOT_STARTED, TaskState.IN_PROGRESS));
		assertThat(task.progress()).isEqualTo(40);
		assertThat(task.markOverdue(DAY).to()).isEqualTo(TaskState.OVERDUE);
		assertThat(task.recordProgress(60).to()).isEqualTo(TaskState.OVERDUE);
		assertThat(task.overdueSince()).isEqualTo(DAY);
	}

	@Test
	void aCompletedTaskTakesNoMoreProgressAndNeverBecomesOverdue() {
		Task task = new Task("003-2.22", TaskState.IN_PROGRESS, 90, null);
		assertThat(task.confirmCompletion().to()).isEqualTo(TaskState.COMPLETED);
		assertThat(task.progress()).isEqualTo(100);
		assertThatThrownBy(() -> task.recordProgress(100)).isInstanceOf(TransitionRefusedException.class)
			.hasMessageContaining("003-2.22");
		assertThatThrownBy(task::confirmCompletion).isInstanceOf(TransitionRefusedException.class);
		assertThatThrownBy(() -> task.markOverdue(DAY)).isInstanceOf(TransitionRefusedException.class);
	}

	@Test
	void anOverdueTaskIsNotMarkedTwice() {
		Task task = new Task("003-6.08", TaskState.OVERDUE, null, DAY);
		assertThatThrownBy(() -> task.markOverdue(DAY.plusDays(1))).isInstanceOf(TransitionRefusedException.class);
		assertThatThrownBy(() -> task.recordProgress(101)).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("percent");
	}

	@Test
	void aReportIsSubmittedCorrectedAcceptedOrSentBackWithAReason() {
		ProgressReport report = new ProgressReport(7, SubjectKind.TASK, ReportState.PENDING, null);
		report.submit(content("推进中", 30, null, false), 0);
		assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
		report.submit(content("推进中，已更正", 35, null, false), 0);
		assertThatThrownBy(() -> report.sendBack(" ")).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("reason");
		report.sendBack("请补充证明材料");
		assertThat(report.state()).isEqualTo(ReportState.RETURNED);
		assertThat(report.returnReason()).isEqualTo("请补充证明材料");
		assertThatThrownBy(report::accept).isInstanceOf(TransitionRefusedException.class);
		report.submit(content("已补充", 40, null, false), 1);
		assertThat(report.returnReason()).isNull();
		report.accept();
		assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
		assertThatThrownBy(() -> report.submit(content("再改", 50, null, false), 1))
			.isInstanceOf(TransitionRefusedException.class);
	}

	@Test
	void refusesReportsThatBreakARuleNamingTheField() {
		ProgressReport task = new ProgressReport(8, SubjectKind.TASK, ReportState.PENDING, null);
		assertField(() -> task.submit(content(" ", 10, null, false), 0), "text");
		assertField(() -> task.submit(content("x", null, null, false), 0), "percent");
		assertField(() -> task.submit(content("x", -1, null, false), 0), "percent");
		assertField(() -> task.submit(content("x", 10, BigDecimal.ONE, false), 0), "investment");
		assertField(() -> task.submit(content("完成", 90, null, true), 1), "percent");
		assertField(() -> task.submit(content("完成", 100, null, true), 0), "files");
		assertThat(task.state()).isEqualTo(ReportState.PENDING);
		ProgressReport project = new ProgressReport(9, SubjectKind.PROJECT, ReportState.PENDING, null);
		assertField(() -> project.submit(content("x", 10, new BigDecimal("-1"), false), 0), "investment");
		assertField(() -> project.submit(content("x", 10, new BigDecimal("1.234"), false), 0), "investment");
		project.submit(content("完成投资", 50, new BigDecimal("1200.50"), false), 0);
		assertThat(project.state()).isEqualTo(ReportState.SUBMITTED);
	}

	private static ProgressReport.Content content(String text, Integer percent, BigDecimal investment,
			boolean completes) {
		return new ProgressReport.Content(text, percent, investment, completes);
	}

	private static void assertField(Runnable action, String field) {
		assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
	}

}
