package io.greenloop.supervision.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.supervision.ReportState;
import io.greenloop.supervision.SubjectKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' progress reports, their evidence, and the tasks' state history. */
@Repository
public class ProgressRepository {

	private final JdbcClient jdbc;

	public ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored report, without its evidence. */
	public record ReportRow(long id, Long roundId, SubjectKind kind, String code, long organisationId,
			ReportState state, String text, Integer percent, BigDecimal investment, boolean completes,
			String reportedBy, Instant reportedAt, String reviewedBy, Instant reviewedAt, String returnReason) {
	}

	/** A file attached to a report, without its content. */
	public record EvidenceRow(long id, long reportId, String fileName, String contentType, int size, String uploadedBy,
			Instant uploadedAt) {
	}

	/** A change kept in a task's history. */
	public record HistoryRow(String taskCode, String action, String fromState, String toState, Integer progress,
			Long reportId, String reason, String by, Instant at) {
	}

	/** A round's empty slot for a unit; its id. */
	public long insertPending(long roundId, SubjectKind kind, String code, long organisationId) {
		return this.jdbc.sql("""
				INSERT INTO supervision.progress_report (round_id, subject_kind, subject_code, organisation_id, state)
				VALUES (:round, :kind, :code, :organisation, 'PENDING') RETURNING id
				""")
			.param("round", roundId)
			.param("kind", kind.name())
			.param("code", code)
			.param("organisation", organisationId)
			.query(Long.class)
			.single();
	}

	/** A report outside any round, still empty (PENDING until saved); its id. */
	public long insertStandalone(SubjectKind kind, String code, long organisationId) {
		return this.jdbc.sql("""
				INSERT INTO supervision.progress_report (subject_kind, subject_code, organisation_id, state)
				VALUES (:kind, :code, :organisation, 'PENDING') RETURNING id
				""")
			.param("kind", kind.name())
			.param("code", code)
			.param("organisation", organisationId)
			.query(Long.class)
			.single();
	}

	/** What the unit reported. */
	public void saveSubmission(long id, String text, Integer percent, BigDecimal investment, boolean completes,
			String by, Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.progress_report SET state = 'SUBMITTED', text = :text, percent = :percent,
				    investment = :investment, completes = :completes, reported_by = :by, reported_at = :at,
				    return_reason = NULL
				WHERE id = :id
				""")
			.param("id", id)
			.param("text", text)
			.param("percent", percent)
			.param("investment", investment)
			.param("completes", completes)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	/** What the lead unit made of it. */
	public void saveReview(long id, ReportState state, String reason, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.progress_report SET state = :state, return_reason = :reason, reviewed_by = :by,
				    reviewed_at = :at
				WHERE id = :id
				""")
			.param("id", id)
			.param("state", state.name())
			.param("reason", reason)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	/** A report, locked until the end of the transaction. */
	public Optional<ReportRow> lock(long id) {
		return this.jdbc.sql("SELECT * FROM supervision.progress_report WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(ProgressRepository::report)
			.optional();
	}

	public Optional<ReportRow> find(long id) {
		return this.jdbc.sql("SELECT * FROM supervision.progress_report WHERE id = :id")
			.param("id", id)
			.query(ProgressRepository::report)
			.optional();
	}

	/**
	 * The report a unit fills in now for a subject: its slot in an open round, else its
	 * own report outside rounds that the lead unit has not accepted yet.
	 */
	public Optional<ReportRow> openFor(SubjectKind kind, String code, long organisationId) {
		return this.jdbc.sql("""
				SELECT r.* FROM supervision.progress_report r
				LEFT JOIN supervision.dispatch_round d ON d.id = r.round_id
				WHERE r.subject_kind = :kind AND r.subject_code = :code AND r.organisation_id = :organisation
				  AND r.state <> 'ACCEPTED' AND (r.round_id IS NULL OR d.state = 'OPEN')
				ORDER BY r.round_id DESC NULLS LAST, r.id DESC LIMIT 1
				FOR UPDATE OF r
				""")
			.param("kind", kind.name())
			.param("code", code)
			.param("organisation", organisationId)
			.query(ProgressRepository::report)
			.optional();
	}

	/** The reports on a subject, newest first. */
	public List<ReportRow> findBySubject(SubjectKind kind, String code) {
		return this.jdbc.sql("""
				SELECT * FROM supervision.progress_report WHERE subject_kind = :kind AND subject_code = :code
				ORDER BY COALESCE(reported_at, '-infinity') DESC, id DESC
				""").param("kind", kind.name()).param("code", code).query(ProgressRepository::report).list();
	}

	/** A round's reports, in subject order. */
	public List<ReportRow> findByRound(long roundId) {
		return this.jdbc.sql("""
				SELECT * FROM supervision.progress_report WHERE round_id = :round
				ORDER BY subject_kind DESC, subject_code, organisation_id
				""").param("round", roundId).query(ProgressRepository::report).list();
	}

	public long insertEvidence(long reportId, String fileName, String contentType, byte[] content, String by,
			Instant at) {
		return this.jdbc.sql("""
				INSERT INTO supervision.progress_attachment (report_id, file_name, content_type, size, content,
				    uploaded_by, uploaded_at)
				VALUES (:report, :name, :type, :size, :content, :by, :at) RETURNING id
				""")
			.param("report", reportId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("content", content)
			.param("by", by)
			.param("at", utc(at))
			.query(Long.class)
			.single();
	}

	/** The evidence of these reports, by report. */
	public Map<Long, List<EvidenceRow>> evidence(Collection<Long> reportIds) {
		Map<Long, List<EvidenceRow>> byReport = new LinkedHashMap<>();
		if (reportIds.isEmpty()) {
			return byReport;
		}
		this.jdbc.sql("""
				SELECT id, report_id, file_name, content_type, size, uploaded_by, uploaded_at
				FROM supervision.progress_attachment WHERE report_id = ANY(CAST(:ids AS bigint[])) ORDER BY id
				""")
			.param("ids", Rows.textArray(reportIds))
			.query((rs, n) -> new EvidenceRow(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.list()
			.forEach(row -> byReport.computeIfAbsent(row.reportId(), id -> new ArrayList<>()).add(row));
		return byReport;
	}

	public Optional<EvidenceRow> findEvidence(long id) {
		return this.jdbc.sql("""
				SELECT id, report_id, file_name, content_type, size, uploaded_by, uploaded_at
				FROM supervision.progress_attachment WHERE id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new EvidenceRow(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size"), rs.getString("uploaded_by"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	public byte[] evidenceContent(long id) {
		return this.jdbc.sql("SELECT content FROM supervision.progress_attachment WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	public int countEvidence(long reportId) {
		return this.jdbc.sql("SELECT count(*) FROM supervision.progress_attachment WHERE report_id = :report")
			.param("report", reportId)
			.query(Integer.class)
			.single();
	}

	public void recordHistory(HistoryRow row) {
		this.jdbc.sql("""
				INSERT INTO supervision.task_history (task_code, action, from_state, to_state, progress, report_id,
				    reason, by_user, at)
				VALUES (:task, :action, :from, :to, :progress, :report, :reason, :by, :at)
				""")
			.param("task", row.taskCode())
			.param("action", row.action())
			.param("from", row.fromState())
			.param("to", row.toState())
			.param("progress", row.progress())
			.param("report", row.reportId())
			.param("reason", row.reason())
			.param("by", row.by())
			.param("at", utc(row.at()))
			.update();
	}

	/** A task's history, oldest first. */
	public List<HistoryRow> history(String taskCode) {
		return this.jdbc.sql("SELECT * FROM supervision.task_history WHERE task_code = :task ORDER BY id")
			.param("task", taskCode)
			.query((rs, n) -> new HistoryRow(rs.getString("task_code"), rs.getString("action"),
					rs.getString("from_state"), rs.getString("to_state"), rs.getObject("progress", Integer.class),
					rs.getObject("report_id", Long.class), rs.getString("reason"), rs.getString("by_user"),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	static OffsetDateTime utc(Instant at) {
		return (at == null) ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at == null) ? null : at.toInstant();
	}

	private static ReportRow report(ResultSet rs, int n) throws SQLException {
		return new ReportRow(rs.getLong("id"), rs.getObject("round_id", Long.class),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_code"),
				rs.getLong("organisation_id"), ReportState.valueOf(rs.getString("state")), rs.getString("text"),
				rs.getObject("percent", Integer.class), rs.getBigDecimal("investment"), rs.getBoolean("completes"),
				rs.getString("reported_by"), instant(rs, "reported_at"), rs.getString("reviewed_by"),
				instant(rs, "reviewed_at"), rs.getString("return_reason"));
	}

}
