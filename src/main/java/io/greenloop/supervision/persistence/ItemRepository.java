package io.greenloop.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.supervision.TaskState;
import io.greenloop.supervision.domain.OverduePolicy.MissedSlot;
import io.greenloop.supervision.domain.OverduePolicy.TaskFacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 督办 items, their history, and the facts the overdue rules read. */
@Repository
public class ItemRepository {

	private final JdbcClient jdbc;

	public ItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ItemRow(long id, String kind, String code, String cause, String reference, Long roundId,
			Long responsibleId, Long organisationId, String level, String state, String detail, Instant openedAt,
			LocalDate replyDue, String reply, String repliedBy, Instant repliedAt) {
	}

	/**
	 * The unfinished tasks with their milestones' due dates and the days they were
	 * reported on.
	 */
	public List<TaskFacts> unfinishedTasks() {
		Map<String, List<LocalDate>> milestones = new LinkedHashMap<>();
		Map<String, TaskState> states = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT t.code, t.state, COALESCE(m.due_date, t.due_date) AS due FROM supervision.task t
				LEFT JOIN supervision.milestone m ON m.task_code = t.code
				WHERE t.state <> 'COMPLETED' AND (m.due_date IS NOT NULL OR t.due_date IS NOT NULL)
				ORDER BY t.code, m.position
				""").query((rs, n) -> {
			states.put(rs.getString("code"), TaskState.valueOf(rs.getString("state")));
			milestones.computeIfAbsent(rs.getString("code"), code -> new ArrayList<>())
				.add(rs.getObject("due", LocalDate.class));
			return null;
		}).list();
		Map<String, List<LocalDate>> reported = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT subject_code, CAST(reported_at AT TIME ZONE 'Asia/Shanghai' AS date) AS day
				FROM supervision.progress_report
				WHERE subject_kind = 'TASK' AND state IN ('SUBMITTED', 'ACCEPTED') AND reported_at IS NOT NULL
				""").query((rs, n) -> {
			reported.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
			return null;
		}).list();
		return milestones.entrySet()
			.stream()
			.map(entry -> new TaskFacts(entry.getKey(), states.get(entry.getKey()), entry.getValue(),
					reported.getOrDefault(entry.getKey(), List.of())))
			.toList();
	}

	/**
	 * Round slots on tasks not reported (待报送 or sent back) whose deadline is before the
	 * day.
	 */
	public List<MissedSlot> missedSlots(LocalDate today) {
		return this.jdbc.sql("""
				SELECT r.subject_code, t.state, d.id, d.name, d.deadline, r.organisation_id
				FROM supervision.progress_report r
				JOIN supervision.dispatch_round d ON d.id = r.round_id
				JOIN supervision.task t ON t.code = r.subject_code
				WHERE r.subject_kind = 'TASK' AND r.state IN ('PENDING', 'RETURNED') AND d.deadline < :today
				ORDER BY d.id, r.subject_code
				""")
			.param("today", today)
			.query((rs, n) -> new MissedSlot(rs.getString(1), TaskState.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getLong(6)))
			.list();
	}

	/** Opens an item unless the same one is already there; its id if opened. */
	public Optional<Long> open(String code, String cause, String reference, Long roundId, Long responsible,
			String level, String detail, Instant at, LocalDate replyDue) {
		return this.jdbc.sql("""
				INSERT INTO supervision.supervision_item (subject_kind, subject_code, cause, reference, round_id,
				    responsible_organisation_id, organisation_id, level, state, detail, opened_at, reply_due)
				VALUES ('TASK', :code, :cause, :reference, :round, :responsible, :responsible, :level, 'OPEN', :detail,
				    :at, :due)
				ON CONFLICT DO NOTHING RETURNING id
				""")
			.param("code", code)
			.param("cause", cause)
			.param("reference", reference)
			.param("round", roundId)
			.param("responsible", responsible)
			.param("level", level)
			.param("detail", detail)
			.param("at", ProgressRepository.utc(at))
			.param("due", replyDue)
			.query(Long.class)
			.optional();
	}

	public List<ItemRow> openPastDue(LocalDate today) {
		return this.jdbc.sql("""
				SELECT * FROM supervision.supervision_item WHERE state = 'OPEN' AND reply_due < :today
				  AND level <> 'ADMINISTRATOR' ORDER BY id FOR UPDATE
				""").param("today", today).query(ItemRepository::item).list();
	}

	public void escalate(long id, String level, Long organisationId, LocalDate replyDue) {
		this.jdbc.sql("""
				UPDATE supervision.supervision_item SET level = :level, organisation_id = :organisation,
				    reply_due = :due WHERE id = :id
				""")
			.param("id", id)
			.param("level", level)
			.param("organisation", organisationId)
			.param("due", replyDue)
			.update();
	}

	public void answer(long id, String reply, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.supervision_item SET state = 'ANSWERED', reply = :reply, replied_by = :by,
				    replied_at = :at WHERE id = :id
				""")
			.param("id", id)
			.param("reply", reply)
			.param("by", by)
			.param("at", ProgressRepository.utc(at))
			.update();
	}

	public void recordHistory(long itemId, String action, String level, Long organisationId, String note, String by,
			Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO supervision.supervision_item_history (item_id, action, level, organisation_id, note, by_user, at)
					VALUES (:item, :action, :level, :organisation, :note, :by, :at)
					""")
			.param("item", itemId)
			.param("action", action)
			.param("level", level)
			.param("organisation", organisationId)
			.param("note", note)
			.param("by", by)
			.param("at", ProgressRepository.utc(at))
			.update();
	}

	public Optional<ItemRow> lock(long id) {
		return this.jdbc.sql("SELECT * FROM supervision.supervision_item WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(ItemRepository::item)
			.optional();
	}

	/**
	 * Items by addressee (null for all), open only or all, on tasks whose region starts
	 * with the prefix (null for all); newest first.
	 */
	public List<ItemRow> find(Long organisationId, boolean openOnly, String regionPrefix) {
		return this.jdbc.sql("""
				SELECT i.* FROM supervision.supervision_item i JOIN supervision.task t ON t.code = i.subject_code
				WHERE (CAST(:organisation AS bigint) IS NULL OR i.organisation_id = :organisation
				       OR i.responsible_organisation_id = :organisation)
				  AND (NOT :openOnly OR i.state = 'OPEN')
				  AND (CAST(:prefix AS text) IS NULL OR t.region_code LIKE :prefix || '%')
				ORDER BY i.opened_at DESC, i.id DESC
				""")
			.param("organisation", organisationId)
			.param("openOnly", openOnly)
			.param("prefix", regionPrefix)
			.query(ItemRepository::item)
			.list();
	}

	private static ItemRow item(ResultSet rs, int n) throws SQLException {
		OffsetDateTime replied = rs.getObject("replied_at", OffsetDateTime.class);
		return new ItemRow(rs.getLong("id"), rs.getString("subject_kind"), rs.getString("subject_code"),
				rs.getString("cause"), rs.getString("reference"), rs.getObject("round_id", Long.class),
				rs.getObject("responsible_organisation_id", Long.class), rs.getObject("organisation_id", Long.class),
				rs.getString("level"), rs.getString("state"), rs.getString("detail"),
				rs.getObject("opened_at", OffsetDateTime.class).toInstant(), rs.getObject("reply_due", LocalDate.class),
				rs.getString("reply"), rs.getString("replied_by"), (replied == null) ? null : replied.toInstant());
	}

}
