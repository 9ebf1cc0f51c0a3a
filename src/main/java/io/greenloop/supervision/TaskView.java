package io.greenloop.supervision;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One task of one plan, with its units, milestones and source: what
 * {@code GET /api/tasks} answers.
 *
 * @param code the task's code: 003-&lt;group&gt;.&lt;序号&gt; for a row of Hohhot's 任务清单,
 * 000-K&lt;n&gt; for the circular-economy plan's key projects and actions,
 * NNN-L&lt;line&gt; for a measure paragraph of 001 and 002
 * @param planCode the plan (the seed's code)
 * @param regionCode the region of the plan
 * @param group the table's group (体制机制建设, 工业固体废物领域…) or the chapter and section
 * @param seq the 序号 within the group, for table rows
 * @param name the task's name; for a measure paragraph its first clause
 * @param content the 内容简介 or the paragraph
 * @param leadText the 牵头单位及任务分工 cell, verbatim
 * @param responsibleText the 责任单位及任务分工 cell, verbatim
 * @param schedule the 时间安排, verbatim
 * @param recurringFrom the first year of a task reported on every round
 * @param recurringUntil its last year
 * @param due when the task is due: its last milestone, or the end of its last year
 * @param state where it stands
 * @param progress the accepted progress, percent; null until a report is accepted
 * @param review what an administrator should look at
 * @param note what a reader needs to know about the transcription
 * @param milestones the stages of the 时间安排
 * @param units the units named, each an organisation or a collective mention
 * @param source where the task is stated
 * @param unitsSource where its units are stated, when elsewhere
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String code, String planCode, String regionCode, String group, Integer seq, String name,
		String content, String leadText, String responsibleText, String schedule, Integer recurringFrom,
		Integer recurringUntil, LocalDate due, TaskState state, Integer progress, List<Review> review, String note,
		List<MilestoneView> milestones, List<TaskUnit> units, Provenance source, Provenance unitsSource) {

	/** One stage of the 时间安排: its years, due at the end of the last. */
	public record MilestoneView(List<Integer> years, LocalDate due, String text) {
	}

	/**
	 * A unit named for the task.
	 *
	 * @param role LEAD (牵头) or RESPONSIBLE (责任)
	 * @param organisationId the organisation, or null for a collective mention
	 * @param name the organisation's name, or the mention itself
	 * @param mention the words of the plan it was read from
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TaskUnit(String role, Long organisationId, String name, String mention) {

		public boolean collective() {
			return this.organisationId == null;
		}

	}

	public List<TaskUnit> leads() {
		return this.units.stream().filter(unit -> "LEAD".equals(unit.role())).toList();
	}

	public List<TaskUnit> responsibles() {
		return this.units.stream().filter(unit -> "RESPONSIBLE".equals(unit.role())).toList();
	}

}
