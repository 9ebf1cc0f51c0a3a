package io.greenloop.supervision.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.supervision.Provenance;
import io.greenloop.supervision.Review;
import io.greenloop.supervision.TaskQuery;
import io.greenloop.supervision.TaskState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tasks, their milestones and units. Loading upserts a task by its code and keeps its
 * state, so a restart does not undo reported progress.
 */
@Repository
public class TaskRepository {

	private final JdbcClient jdbc;

	public TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task as loaded from the plans. */
	public record NewTask(String code, String planCode, int position, String regionCode, String group, Integer seq,
			String name, String content, String leadText, String responsibleText, String scheduleText,
			Integer recurringFrom, Integer recurringUntil, LocalDate due, List<Review> review, String note,
			Provenance source, Provenance unitsSource) {
	}

	/** A stored task, without its milestones and units. */
	public record TaskRow(String code, String planCode, String regionCode, String group, Integer seq, String name,
			String content, String leadText, String responsibleText, String scheduleText, Integer recurringFrom,
			Integer recurringUntil, LocalDate due, TaskState state, Integer progress, List<Review> review, String note,
			Provenance source, Provenance unitsSource) {
	}

	public record MilestoneRow(String taskCode, List<Integer> years, LocalDate due, String text) {
	}

	public record UnitRow(String taskCode, String role, Long organisationId, String mention) {
	}

	public void save(NewTask task) {
		this.jdbc.sql("""
				INSERT INTO supervision.task (code, plan_code, position, region_code, task_group, seq, name, content,
				    lead_text, responsible_text, schedule_text, recurring_from, recurring_until, due_date, review, note,
				    source_document, source_from, source_to, source_quote, units_from, units_to, units_quote)
				VALUES (:code, :plan, :position, :region, :group, :seq, :name, :content, :lead, :responsible,
				    :schedule, :from, :until, :due, CAST(:review AS text[]), :note, :document, :sourceFrom, :sourceTo,
				    :quote, :unitsFrom, :unitsTo, :unitsQuote)
				ON CONFLICT (code) DO UPDATE SET plan_code = excluded.plan_code, position = excluded.position,
				    region_code = excluded.region_code, task_group = excluded.task_group, seq = excluded.seq,
				    name = excluded.name, content = excluded.content, lead_text = excluded.lead_text,
				    responsible_text = excluded.responsible_text, schedule_text = excluded.schedule_text,
				    recurring_from = excluded.recurring_from, recurring_until = excluded.recurring_until,
				    due_date = excluded.due_date, review = excluded.review, note = excluded.note,
				    source_document = excluded.source_document, source_from = excluded.source_from,
				    source_to = excluded.source_to, source_quote = excluded.source_quote,
				    units_from = excluded.units_from, units_to = excluded.units_to, units_quote = excluded.units_quote
				""")
			.param("code", task.code())
			.param("plan", task.planCode())
			.param("position", task.position())
			.param("region", task.regionCode())
			.param("group", task.group())
			.param("seq", task.seq())
			.param("name", task.name())
			.param("content", task.content())
			.param("lead", task.leadText())
			.param("responsible", task.responsibleText())
			.param("schedule", task.scheduleText())
			.param("from", task.recurringFrom())
			.param("until", task.recurringUntil())
			.param("due", task.due())
			.param("review", Rows.textArray(task.review()))
			.param("note", task.note())
			.param("document", task.source().document())
			.param("sourceFrom", task.source().lines().get(0))
			.param("sourceTo", task.source().lines().get(1))
			.param("quote", task.source().quote())
			.param("unitsFrom", (task.unitsSource() != null) ? task.unitsSource().lines().get(0) : null)
			.param("unitsTo", (task.unitsSource() != null) ? task.unitsSource().lines().get(1) : null)
			.param("unitsQuote", (task.unitsSource() != null) ? task.unitsSource().quote() : null)
			.update();
	}

	public void replaceMilestones(String code, List<MilestoneRow> milestones) {
		this.jdbc.sql("DELETE FROM supervision.milestone WHERE task_code = :code").param("code", code).update();
		int position = 0;
		for (MilestoneRow milestone : milestones) {
			this.jdbc.sql("""
					INSERT INTO supervision.milestone (task_code, position, years, due_date, text)
					VALUES (:code, :position, CAST(:years AS integer[]), :due, :text)
					""")
				.param("code", code)
				.param("position", position++)
				.param("years", Rows.textArray(milestone.years()))
				.param("due", milestone.due())
				.param("text", milestone.text())
				.update();
		}
	}

	public void replaceUnits(String code, List<UnitRow> units) {
		this.jdbc.sql("DELETE FROM supervision.task_unit WHERE task_code = :code").param("code", code).update();
		int position = 0;
		for (UnitRow unit : units) {
			this.jdbc.sql("""
					INSERT INTO supervision.task_unit (task_code, position, role, organisation_id, mention)
					VALUES (:code, :position, :role, :organisation, :mention)
					""")
				.param("code", code)
				.param("position", position++)
				.param("role", unit.role())
				.param("organisation", unit.organisationId())
				.param("mention", unit.mention())
				.update();
		}
	}

	/** Removes the tasks not among these codes; how many. */
	public int deleteOtherThan(Collection<String> codes) {
		return this.jdbc.sql("DELETE FROM supervision.task WHERE NOT (code = ANY(CAST(:codes AS text[])))")
			.param("codes", Rows.textArray(codes))
			.update();
	}

	/** The tasks the query asks for, in plan order; shaped for a data scope by region. */
	public List<TaskRow> find(TaskQuery query) {
		return this.jdbc.sql("""
				SELECT t.* FROM supervision.task t
				WHERE (CAST(:plan AS text) IS NULL OR t.plan_code = :plan)
				  AND (CAST(:state AS text) IS NULL OR t.state = :state)
				  AND (CAST(:dueBefore AS date) IS NULL OR t.due_date <= :dueBefore)
				  AND (CAST(:dueAfter AS date) IS NULL OR t.due_date >= :dueAfter)
				  AND (CAST(:scope AS text) IS NULL OR t.region_code LIKE :scope || '%')
				  AND (CAST(:organisation AS bigint) IS NULL OR EXISTS (
				      SELECT 1 FROM supervision.task_unit u
				      WHERE u.task_code = t.code AND u.organisation_id = :organisation))
				  AND (CAST(:target AS text) IS NULL OR EXISTS (
				      SELECT 1 FROM supervision.task_target l WHERE l.task_code = t.code AND l.target_code = :target))
				ORDER BY t.plan_code, t.position
				""")
			.param("plan", query.plan())
			.param("state", (query.state() != null) ? query.state().name() : null)
			.param("dueBefore", query.dueBefore())
			.param("dueAfter", query.dueAfter())
			.param("scope", query.regionScope())
			.param("organisation", query.organisation())
			.param("target", query.target())
			.query(TaskRepository::task)
			.list();
	}

	public Optional<TaskRow> find(String code) {
		return this.jdbc.sql("SELECT * FROM supervision.task WHERE code = :code")
			.param("code", code)
			.query(TaskRepository::task)
			.optional();
	}

	/** The milestones of these tasks, by task, in order. */
	public Map<String, List<MilestoneRow>> milestones(Collection<String> codes) {
		Map<String, List<MilestoneRow>> milestones = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT task_code, years, due_date, text FROM supervision.milestone
				WHERE task_code = ANY(CAST(:codes AS text[])) ORDER BY task_code, position
				""")
			.param("codes", Rows.textArray(codes))
			.query((rs, n) -> new MilestoneRow(rs.getString("task_code"), integers(rs.getArray("years")),
					rs.getObject("due_date", LocalDate.class), rs.getString("text")))
			.list()
			.forEach(row -> milestones.computeIfAbsent(row.taskCode(), code -> new ArrayList<>()).add(row));
		return milestones;
	}

	/** The units of these tasks, by task, in order. */
	public Map<String, List<UnitRow>> units(Collection<String> codes) {
		Map<String, List<UnitRow>> units = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT task_code, role, organisation_id, mention FROM supervision.task_unit
				WHERE task_code = ANY(CAST(:codes AS text[])) ORDER BY task_code, position
				""")
			.param("codes", Rows.textArray(codes))
			.query((rs, n) -> new UnitRow(rs.getString("task_code"), rs.getString("role"),
					rs.getObject("organisation_id", Long.class), rs.getString("mention")))
			.list()
			.forEach(row -> units.computeIfAbsent(row.taskCode(), code -> new ArrayList<>()).add(row));
		return units;
	}

	/** The organisations named for some task, by how many tasks name them. */
	public List<Long> organisationsWithTasks() {
		return this.jdbc.sql("""
				SELECT organisation_id FROM supervision.task_unit WHERE organisation_id IS NOT NULL
				GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id
				""").query(Long.class).list();
	}

	/** A task's state of execution, locked until the end of the transaction. */
	public Optional<StateRow> lockState(String code) {
		return state(code, " FOR UPDATE");
	}

	/** A task's state of execution, as it is now. */
	public Optional<StateRow> state(String code) {
		return state(code, "");
	}

	private Optional<StateRow> state(String code, String lock) {
		return this.jdbc.sql("""
				SELECT code, region_code, state, progress, overdue_since, due_date FROM supervision.task
				WHERE code = :code""" + lock)
			.param("code", code)
			.query((rs, n) -> new StateRow(rs.getString("code"), rs.getString("region_code"),
					TaskState.valueOf(rs.getString("state")), rs.getObject("progress", Integer.class),
					rs.getObject("overdue_since", LocalDate.class), rs.getObject("due_date", LocalDate.class)))
			.optional();
	}

	public void saveState(String code, TaskState state, Integer progress, LocalDate overdueSince,
			java.time.Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.task SET state = :state, progress = :progress, overdue_since = :overdue,
				    state_changed_at = :at,
				    completed_at = CASE WHEN :state = 'COMPLETED' THEN CAST(:at AS timestamptz) ELSE completed_at END
				WHERE code = :code
				""")
			.param("code", code)
			.param("state", state.name())
			.param("progress", progress)
			.param("overdue", overdueSince)
			.param("at", ProgressRepository.utc(at))
			.update();
	}

	/** A task's state of execution. */
	public record StateRow(String code, String regionCode, TaskState state, Integer progress, LocalDate overdueSince,
			LocalDate due) {
	}

	private static TaskRow task(ResultSet rs, int row) throws SQLException {
		Integer unitsFrom = rs.getObject("units_from", Integer.class);
		return new TaskRow(rs.getString("code"), rs.getString("plan_code"), rs.getString("region_code"),
				rs.getString("task_group"), rs.getObject("seq", Integer.class), rs.getString("name"),
				rs.getString("content"), rs.getString("lead_text"), rs.getString("responsible_text"),
				rs.getString("schedule_text"), rs.getObject("recurring_from", Integer.class),
				rs.getObject("recurring_until", Integer.class), rs.getObject("due_date", LocalDate.class),
				TaskState.valueOf(rs.getString("state")), rs.getObject("progress", Integer.class),
				Rows.reviews(rs.getArray("review")), rs.getString("note"),
				new Provenance(rs.getString("source_document"),
						List.of(rs.getInt("source_from"), rs.getInt("source_to")), rs.getString("source_quote")),
				(unitsFrom == null) ? null : new Provenance(rs.getString("source_document"),
						List.of(unitsFrom, rs.getInt("units_to")), rs.getString("units_quote")));
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return Arrays.stream((Integer[]) array.getArray()).toList();
	}

}
