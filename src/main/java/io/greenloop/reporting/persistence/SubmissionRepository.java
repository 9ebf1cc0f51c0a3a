package io.greenloop.reporting.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.domain.SubmissionState;
import io.greenloop.reporting.domain.Transition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submissions, their values, their transitions and value changes, in the
 * {@code reporting} schema.
 */
@Repository
public class SubmissionRepository {

	private static final String SELECT = """
			SELECT s.*, p.code AS period_code FROM reporting.submission s JOIN reporting.period p ON p.id = s.period_id
			""";

	private final JdbcClient jdbc;

	public SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a draft; empty when the organisation already has one for the form, region
	 * and period (a second request that raced the first).
	 */
	public Optional<Long> insert(String formCode, long organisationId, String regionCode, long periodId,
			List<String> chain, String by, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO reporting.submission (form_code, organisation_id, region_code, period_id, state, chain, step,
					    revision, created_by, created_at, updated_at)
					VALUES (:form, :organisation, :region, :period, 'DRAFT', :chain, 0, 0, :by, :at, :at)
					ON CONFLICT (form_code, organisation_id, region_code, period_id) DO NOTHING
					RETURNING id
					""")
			.param("form", formCode)
			.param("organisation", organisationId)
			.param("region", regionCode)
			.param("period", periodId)
			.param("chain", chain.toArray(String[]::new))
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	public Optional<SubmissionRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(SubmissionRepository::map).optional();
	}

	/**
	 * Locks the submission's row for the rest of the transaction, so two reviewers cannot
	 * act at once.
	 */
	public Optional<SubmissionRow> lock(long id) {
		return this.jdbc.sql(SELECT + " WHERE s.id = :id FOR UPDATE OF s")
			.param("id", id)
			.query(SubmissionRepository::map)
			.optional();
	}

	public Optional<SubmissionRow> find(String formCode, long organisationId, String regionCode, long periodId) {
		return this.jdbc.sql(SELECT + """
				 WHERE s.form_code = :form AND s.organisation_id = :organisation AND s.region_code = :region
				   AND s.period_id = :period
				""")
			.param("form", formCode)
			.param("organisation", organisationId)
			.param("region", regionCode)
			.param("period", periodId)
			.query(SubmissionRepository::map)
			.optional();
	}

	/**
	 * The submissions matching a filter; every part optional. {@code regionPrefix}
	 * selects a region and below.
	 */
	public List<SubmissionRow> findAll(String regionPrefix, Long organisationId, String state, String formCode,
			String periodCode, String awaitingRegion) {
		return this.jdbc.sql(SELECT + """
				 WHERE (CAST(:prefix AS text) IS NULL OR s.region_code LIKE :prefix || '%')
				   AND (CAST(:organisation AS bigint) IS NULL OR s.organisation_id = :organisation)
				   AND (CAST(:state AS text) IS NULL OR s.state = :state)
				   AND (CAST(:form AS text) IS NULL OR s.form_code = :form)
				   AND (CAST(:period AS text) IS NULL OR p.code = :period)
				   AND (CAST(:awaiting AS text) IS NULL OR (s.state = 'SUBMITTED' AND s.chain[s.step + 1] = :awaiting))
				 ORDER BY s.updated_at DESC, s.id DESC
				""")
			.param("prefix", regionPrefix)
			.param("organisation", organisationId)
			.param("state", state)
			.param("form", formCode)
			.param("period", periodCode)
			.param("awaiting", awaitingRegion)
			.query(SubmissionRepository::map)
			.list();
	}

	public void updateState(long id, SubmissionState state, int step, int revision, Instant at) {
		this.jdbc.sql("""
				UPDATE reporting.submission SET state = :state, step = :step, revision = :revision, updated_at = :at
				WHERE id = :id
				""")
			.param("id", id)
			.param("state", state.name())
			.param("step", step)
			.param("revision", revision)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.update();
	}

	public void touch(long id, Instant at) {
		this.jdbc.sql("UPDATE reporting.submission SET updated_at = :at WHERE id = :id")
			.param("id", id)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.update();
	}

	public List<ValueRow> values(long submissionId) {
		return this.jdbc.sql("SELECT * FROM reporting.submission_value WHERE submission_id = :id ORDER BY position")
			.param("id", submissionId)
			.query((rs, row) -> new ValueRow(rs.getString("item_code"), rs.getInt("position"),
					rs.getBigDecimal("value"), rs.getString("text_value"), rs.getBigDecimal("numerator"),
					rs.getBigDecimal("denominator"), rs.getString("unit"), rs.getString("note")))
			.list();
	}

	public void saveValue(long submissionId, ValueRow value) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.submission_value (submission_id, item_code, position, value, text_value, numerator,
					    denominator, unit, note)
					VALUES (:id, :item, :position, :value, :text, :numerator, :denominator, :unit, :note)
					ON CONFLICT (submission_id, item_code) DO UPDATE SET position = excluded.position, value = excluded.value,
					    text_value = excluded.text_value, numerator = excluded.numerator, denominator = excluded.denominator,
					    unit = excluded.unit, note = excluded.note
					""")
			.param("id", submissionId)
			.param("item", value.itemCode())
			.param("position", value.position())
			.param("value", value.value())
			.param("text", value.text())
			.param("numerator", value.numerator())
			.param("denominator", value.denominator())
			.param("unit", value.unit())
			.param("note", value.note())
			.update();
	}

	public void recordChange(long submissionId, String itemCode, int revision, String oldValue, String newValue,
			String reason, String by, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.value_change (submission_id, item_code, revision, changed_at, changed_by, old_value,
					    new_value, reason)
					VALUES (:id, :item, :revision, :at, :by, :old, :new, :reason)
					""")
			.param("id", submissionId)
			.param("item", itemCode)
			.param("revision", revision)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("old", oldValue)
			.param("new", newValue)
			.param("reason", reason)
			.update();
	}

	public void recordTransition(long submissionId, Transition transition, String by, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.transition (submission_id, at, by_username, action, from_state, to_state, region_code,
					    reason)
					VALUES (:id, :at, :by, :action, :from, :to, :region, :reason)
					""")
			.param("id", submissionId)
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("by", by)
			.param("action", transition.action().name())
			.param("from", transition.from() == null ? null : transition.from().name())
			.param("to", transition.to().name())
			.param("region", transition.regionCode())
			.param("reason", transition.reason())
			.update();
	}

	public List<TransitionRow> transitions(long submissionId) {
		return this.jdbc.sql("SELECT * FROM reporting.transition WHERE submission_id = :id ORDER BY id")
			.param("id", submissionId)
			.query((rs, row) -> new TransitionRow(rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("by_username"), rs.getString("action"), rs.getString("from_state"),
					rs.getString("to_state"), rs.getString("region_code"), rs.getString("reason")))
			.list();
	}

	public List<ChangeRow> changes(long submissionId) {
		return this.jdbc.sql("SELECT * FROM reporting.value_change WHERE submission_id = :id ORDER BY id")
			.param("id", submissionId)
			.query((rs, row) -> new ChangeRow(rs.getString("item_code"), rs.getInt("revision"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
					rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason")))
			.list();
	}

	private static SubmissionRow map(ResultSet rs, int row) throws SQLException {
		return new SubmissionRow(rs.getLong("id"), rs.getString("form_code"), rs.getLong("organisation_id"),
				rs.getString("region_code"), rs.getLong("period_id"), rs.getString("period_code"),
				SubmissionState.valueOf(rs.getString("state")),
				Arrays.asList((String[]) rs.getArray("chain").getArray()), rs.getInt("step"), rs.getInt("revision"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/** A submission as stored. */
	public record SubmissionRow(long id, String formCode, long organisationId, String regionCode, long periodId,
			String periodCode, SubmissionState state, List<String> chain, int step, int revision, String createdBy,
			Instant createdAt, Instant updatedAt) {
	}

	/** A reported value as stored. */
	public record ValueRow(String itemCode, int position, BigDecimal value, String text, BigDecimal numerator,
			BigDecimal denominator, String unit, String note) {
	}

	/** A transition as stored. */
	public record TransitionRow(Instant at, String by, String action, String from, String to, String regionCode,
			String reason) {
	}

	/** A value change as stored. */
	public record ChangeRow(String itemCode, int revision, Instant at, String by, String oldValue, String newValue,
			String reason) {
	}

}
