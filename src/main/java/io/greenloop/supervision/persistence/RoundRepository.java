package io.greenloop.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatch rounds (调度). */
@Repository
public class RoundRepository {

	private final JdbcClient jdbc;

	public RoundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record RoundRow(long id, String name, String planCode, int year, LocalDate deadline, String state,
			String openedBy, Instant openedAt, String closedBy, Instant closedAt) {
	}

	public long insert(String name, String planCode, int year, LocalDate deadline, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO supervision.dispatch_round (name, plan_code, year, deadline, state, opened_by, opened_at)
				VALUES (:name, :plan, :year, :deadline, 'OPEN', :by, :at) RETURNING id
				""")
			.param("name", name)
			.param("plan", planCode)
			.param("year", year)
			.param("deadline", deadline)
			.param("by", by)
			.param("at", ProgressRepository.utc(at))
			.query(Long.class)
			.single();
	}

	public void close(long id, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.dispatch_round SET state = 'CLOSED', closed_by = :by, closed_at = :at WHERE id = :id
				""").param("id", id).param("by", by).param("at", ProgressRepository.utc(at)).update();
	}

	public Optional<RoundRow> find(long id) {
		return this.jdbc.sql("SELECT * FROM supervision.dispatch_round WHERE id = :id")
			.param("id", id)
			.query(RoundRepository::round)
			.optional();
	}

	public Optional<RoundRow> lock(long id) {
		return this.jdbc.sql("SELECT * FROM supervision.dispatch_round WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(RoundRepository::round)
			.optional();
	}

	/** Every round, the newest first. */
	public List<RoundRow> findAll() {
		return this.jdbc.sql("SELECT * FROM supervision.dispatch_round ORDER BY opened_at DESC, id DESC")
			.query(RoundRepository::round)
			.list();
	}

	private static RoundRow round(ResultSet rs, int n) throws SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		return new RoundRow(rs.getLong("id"), rs.getString("name"), rs.getString("plan_code"), rs.getInt("year"),
				rs.getObject("deadline", LocalDate.class), rs.getString("state"), rs.getString("opened_by"),
				rs.getObject("opened_at", OffsetDateTime.class).toInstant(), rs.getString("closed_by"),
				(closed == null) ? null : closed.toInstant());
	}

}
