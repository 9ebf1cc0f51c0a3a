package io.greenloop.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.Period;
import io.greenloop.reporting.domain.Cadence;
import io.greenloop.reporting.domain.PeriodCalendar.PeriodSpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The periods in {@code reporting.period}. */
@Repository
public class PeriodRepository {

	private final JdbcClient jdbc;

	public PeriodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the period if it is new; a window an administrator moved is kept. */
	public void insertIfMissing(PeriodSpec period) {
		this.jdbc.sql("""
				INSERT INTO reporting.period (code, kind, year, number, starts_on, ends_on, opens_on, closes_on)
				VALUES (:code, :kind, :year, :number, :starts, :ends, :opens, :closes)
				ON CONFLICT (code) DO NOTHING
				""")
			.param("code", period.code())
			.param("kind", period.kind().name())
			.param("year", period.year())
			.param("number", period.number())
			.param("starts", period.startsOn())
			.param("ends", period.endsOn())
			.param("opens", period.opensOn())
			.param("closes", period.closesOn())
			.update();
	}

	public void updateWindow(String code, LocalDate opensOn, LocalDate closesOn) {
		this.jdbc.sql("UPDATE reporting.period SET opens_on = :opens, closes_on = :closes WHERE code = :code")
			.param("code", code)
			.param("opens", opensOn)
			.param("closes", closesOn)
			.update();
	}

	public Optional<Period> find(String code) {
		return this.jdbc.sql("SELECT * FROM reporting.period WHERE code = :code")
			.param("code", code)
			.query(PeriodRepository::map)
			.optional();
	}

	public Optional<Period> find(long id) {
		return this.jdbc.sql("SELECT * FROM reporting.period WHERE id = :id")
			.param("id", id)
			.query(PeriodRepository::map)
			.optional();
	}

	/** Periods of a kind and year (either may be null), by start. */
	public List<Period> findAll(Cadence kind, Integer year) {
		return this.jdbc.sql("""
				SELECT * FROM reporting.period
				WHERE (CAST(:kind AS text) IS NULL OR kind = :kind) AND (CAST(:year AS integer) IS NULL OR year = :year)
				ORDER BY starts_on, kind
				""")
			.param("kind", kind == null ? null : kind.name())
			.param("year", year)
			.query(PeriodRepository::map)
			.list();
	}

	/** The period of the same kind just before this one. */
	public Optional<Period> previous(Period period) {
		return this.jdbc.sql("""
				SELECT * FROM reporting.period WHERE kind = :kind AND ends_on < :starts ORDER BY ends_on DESC LIMIT 1
				""")
			.param("kind", period.kind().name())
			.param("starts", period.startsOn())
			.query(PeriodRepository::map)
			.optional();
	}

	private static Period map(ResultSet rs, int row) throws SQLException {
		return new Period(rs.getLong("id"), rs.getString("code"), Cadence.valueOf(rs.getString("kind")),
				rs.getInt("year"), rs.getInt("number"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("opens_on", LocalDate.class),
				rs.getObject("closes_on", LocalDate.class));
	}

}
