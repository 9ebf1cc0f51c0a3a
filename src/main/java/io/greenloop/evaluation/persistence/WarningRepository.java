package io.greenloop.evaluation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Early warnings, raised once while open and kept after they are closed.
 */
@Repository
public class WarningRepository {

	private final JdbcClient jdbc;

	private final ReadModelVersion version;

	public WarningRepository(JdbcClient jdbc, ReadModelVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/**
	 * Raises a warning unless one of the same kind is open for the same target, region
	 * and year.
	 */
	public boolean raise(NewWarning warning, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO evaluation.warning (kind, level, target_code, plan_code, region_code, year, period_code,
				    responsible, message_zh, message_en, state, raised_at)
				VALUES (:kind, :level, :target, :plan, :region, :year, :period, :responsible, :zh, :en, 'OPEN', :at)
				ON CONFLICT DO NOTHING
				""")
			.param("kind", warning.kind())
			.param("level", warning.level())
			.param("target", warning.targetCode())
			.param("plan", warning.planCode())
			.param("region", warning.regionCode())
			.param("year", warning.year())
			.param("period", warning.periodCode())
			.param("responsible", warning.responsible())
			.param("zh", warning.messageZh())
			.param("en", warning.messageEn())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update() == 1 && raised();
	}

	/** The read model changed: a warning was raised, acknowledged or closed. */
	private boolean raised() {
		this.version.raise();
		return true;
	}

	public Optional<Warning> find(long id) {
		return this.jdbc.sql("SELECT * FROM evaluation.warning WHERE id = :id")
			.param("id", id)
			.query(WarningRepository::map)
			.optional();
	}

	/** Warnings in a region and below, by state (all when null), newest first. */
	public List<Warning> findAll(String regionPrefix, String state, Integer limit) {
		return this.jdbc.sql("""
				SELECT * FROM evaluation.warning
				WHERE (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%')
				  AND (CAST(:state AS text) IS NULL OR state = :state)
				ORDER BY state = 'CLOSED', level DESC, raised_at DESC, id DESC
				LIMIT :limit
				""")
			.param("prefix", regionPrefix)
			.param("state", state)
			.param("limit", limit == null ? 1000 : limit)
			.query(WarningRepository::map)
			.list();
	}

	public long count(String regionPrefix, String state) {
		return this.jdbc.sql("""
				SELECT count(*) FROM evaluation.warning
				WHERE (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%')
				  AND (CAST(:state AS text) IS NULL OR state = :state)
				""").param("prefix", regionPrefix).param("state", state).query(Long.class).single();
	}

	public void acknowledge(long id, String by, String note, Instant at) {
		this.jdbc.sql("""
				UPDATE evaluation.warning SET state = 'ACKNOWLEDGED', acknowledged_by = :by, acknowledged_at = :at,
				    note = coalesce(:note, note)
				WHERE id = :id
				""")
			.param("id", id)
			.param("by", by)
			.param("note", note)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		raised();
	}

	public void close(long id, String by, String note, Instant at) {
		this.jdbc.sql("""
				UPDATE evaluation.warning SET state = 'CLOSED', closed_by = :by, closed_at = :at, note = :note
				WHERE id = :id
				""")
			.param("id", id)
			.param("by", by)
			.param("note", note)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		raised();
	}

	private static Warning map(ResultSet rs, int row) throws SQLException {
		return new Warning(rs.getLong("id"), rs.getString("kind"), rs.getInt("level"), rs.getString("target_code"),
				rs.getString("plan_code"), rs.getString("region_code"), rs.getInt("year"), rs.getString("period_code"),
				rs.getString("responsible"), rs.getString("message_zh"), rs.getString("message_en"),
				rs.getString("state"), instant(rs, "raised_at"), rs.getString("acknowledged_by"),
				instant(rs, "acknowledged_at"), rs.getString("closed_by"), instant(rs, "closed_at"),
				rs.getString("note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	/**
	 * A warning to raise.
	 *
	 * @param kind LAGGING, SERIOUSLY_LAGGING, MISSING_DATA or LATE_DECLARATION (waste)
	 * @param level 1 yellow, 2 orange, 3 red
	 * @param targetCode the target
	 * @param planCode its plan
	 * @param regionCode the region
	 * @param year the year
	 * @param periodCode the reporting period, for a missed deadline
	 * @param responsible the units that answer for it
	 * @param messageZh what happened, in Chinese
	 * @param messageEn what happened, in English
	 */
	public record NewWarning(String kind, int level, String targetCode, String planCode, String regionCode, int year,
			String periodCode, String responsible, String messageZh, String messageEn) {
	}

	/**
	 * A warning as stored.
	 *
	 * @param id its number
	 * @param kind LAGGING, SERIOUSLY_LAGGING, MISSING_DATA or LATE_DECLARATION (waste)
	 * @param level 1 yellow, 2 orange, 3 red
	 * @param targetCode the target
	 * @param planCode its plan
	 * @param regionCode the region
	 * @param year the year
	 * @param periodCode the reporting period, for a missed deadline
	 * @param responsible the units that answer for it
	 * @param messageZh what happened, in Chinese
	 * @param messageEn what happened, in English
	 * @param state OPEN, ACKNOWLEDGED or CLOSED
	 * @param raisedAt when it was raised
	 * @param acknowledgedBy who acknowledged it
	 * @param acknowledgedAt when
	 * @param closedBy who closed it
	 * @param closedAt when
	 * @param note the note given on acknowledging or closing
	 */
	public record Warning(long id, String kind, int level, String targetCode, String planCode, String regionCode,
			int year, String periodCode, String responsible, String messageZh, String messageEn, String state,
			Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt, String closedBy, Instant closedAt,
			String note) {
	}

}
