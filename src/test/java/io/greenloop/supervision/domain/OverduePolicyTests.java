package io.greenloop.supervision.domain;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.supervision.TaskState;
import io.greenloop.supervision.domain.OverduePolicy.Cause;
import io.greenloop.supervision.domain.OverduePolicy.MissedSlot;
import io.greenloop.supervision.domain.OverduePolicy.TaskFacts;
import io.greenloop.supervision.domain.SupervisionItem.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The overdue rules and the escalation of 督办 items, on days given, without Spring. */
class OverduePolicyTests {

	static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);

	static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

	@Test
	void theLastMilestonePassedWithoutCompletionIsMissedTheDayAfter() {
		TaskFacts task = new TaskFacts("003-6.08", TaskState.IN_PROGRESS, List.of(END_2025),
				List.of(LocalDate.of(2025, 6, 1)));
		assertThat(OverduePolicy.missedMilestone(task, END_2025)).isEmpty();
		var finding = OverduePolicy.missedMilestone(task, END_2025.plusDays(1)).orElseThrow();
		assertThat(finding.cause()).isEqualTo(Cause.MILESTONE_MISSED);
		assertThat(finding.reference()).isEqualTo("2025-12-31");
		assertThat(finding.since()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(finding.detail()).contains("2025-12-31", "未完成");
	}

	@Test
	void anEarlierMilestoneIsMissedOnlyWithoutProgressReportedInItsStage() {
		List<LocalDate> stages = List.of(END_2023, LocalDate.of(2024, 12, 31), END_2025);
		LocalDate mid2025 = LocalDate.of(2025, 6, 1);
		TaskFacts silent = new TaskFacts("003-2.21", TaskState.NOT_STARTED, stages, List.of());
		assertThat(OverduePolicy.missedMilestone(silent, mid2025).orElseThrow().reference()).isEqualTo("2023-12-31");
		TaskFacts reported2023 = new TaskFacts("003-2.21", TaskState.IN_PROGRESS, stages,
				List.of(LocalDate.of(2023, 5, 1)));
		assertThat(OverduePolicy.missedMilestone(reported2023, mid2025).orElseThrow().reference())
			.isEqualTo("2024-12-31");
		TaskFacts reportedBoth = new TaskFacts("003-2.21", TaskState.IN_PROGRESS, stages,
				List.of(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 12, 31)));
		assertThat(OverduePolicy.missedMilestone(reportedBoth, mid2025)).isEmpty();
	}

	@Test
	void aCompletedTaskMissesNothing() {
		TaskFacts done = new TaskFacts("003-6.04", TaskState.COMPLETED, List.of(END_2023), List.of());
		assertThat(OverduePolicy.missedMilestone(done, END_2025)).isEmpty();
		MissedSlot slot = new MissedSlot("003-6.04", TaskState.COMPLETED, 3, "2025年第三季度调度", END_2023, 11);
		assertThat(OverduePolicy.missedRound(slot, END_2025)).isEmpty();
	}

	@Test
	void aRoundSlotUnreportedPastItsDeadlineIsMissedByThatUnit() {
		LocalDate deadline = LocalDate.of(2025, 12, 15);
		MissedSlot slot = new MissedSlot("003-2.13", TaskState.IN_PROGRESS, 7, "2025年第四季度调度", deadline, 42);
		assertThat(OverduePolicy.missedRound(slot, deadline)).isEmpty();
		List<OverduePolicy.Finding> findings = OverduePolicy.findings(List.of(), List.of(slot), deadline.plusDays(1));
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.cause()).isEqualTo(Cause.ROUND_MISSED);
			assertThat(finding.reference()).isEqualTo("7");
			assertThat(finding.unit()).isEqualTo(42L);
			assertThat(finding.detail()).contains("2025年第四季度调度");
		});
	}

	@Test
	void anUnansweredItemClimbsToTheLeadThenToTheAdministratorsAndStops() {
		LocalDate due = LocalDate.of(2026, 1, 8);
		SupervisionItem item = new SupervisionItem(1, Level.UNIT, true, due);
		assertThat(item.escalatesOn(due)).isFalse();
		assertThat(item.escalate(due.plusDays(1), true)).isEqualTo(Level.LEAD);
		assertThat(item.replyDue()).isEqualTo(due.plusDays(1 + SupervisionItem.REPLY_DAYS));
		assertThat(item.escalate(item.replyDue().plusDays(1), true)).isEqualTo(Level.ADMINISTRATOR);
		assertThat(item.escalatesOn(item.replyDue().plusDays(30))).isFalse();
		SupervisionItem noLead = new SupervisionItem(2, Level.UNIT, true, due);
		assertThat(noLead.escalate(due.plusDays(1), false)).isEqualTo(Level.ADMINISTRATOR);
	}

	@Test
	void anAnsweredItemNeitherClimbsNorTakesASecondAnswer() {
		SupervisionItem item = new SupervisionItem(3, Level.UNIT, true, END_2025);
		assertThatThrownBy(() -> item.reply(" ")).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("reply");
		item.reply("已于1月5日完成");
		assertThat(item.escalatesOn(END_2025.plusDays(10))).isFalse();
		assertThatThrownBy(() -> item.reply("again")).isInstanceOf(TransitionRefusedException.class);
	}

}
