package io.greenloop.waste.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holidays and make-up working days of the working-day calendar. */
@Repository
public class CalendarRepository {

	private final JdbcClient jdbc;

	public CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A day the notices set apart from the weekday rule. */
	public record CalendarDayRow(LocalDate day, String kind, String name, String changedBy) {
	}

	public List<CalendarDayRow> all() {
		return this.jdbc.sql("SELECT day, kind, name, changed_by FROM waste.calendar_day ORDER BY day")
			.query(CalendarDayRow.class)
			.list();
	}

	public List<CalendarDayRow> year(int year) {
		return this.jdbc.sql("""
				SELECT day, kind, name, changed_by FROM waste.calendar_day
				WHERE day BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31) ORDER BY day""")
			.param("year", year)
			.query(CalendarDayRow.class)
			.list();
	}

	public void put(LocalDate day, String kind, String name, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waste.calendar_day (day, kind, name, changed_by, changed_at)
				VALUES (:day, :kind, :name, :by, :at)
				ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
				    changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
			.param("day", day)
			.param("kind", kind)
			.param("name", name)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public boolean remove(LocalDate day) {
		return this.jdbc.sql("DELETE FROM waste.calendar_day WHERE day = :day").param("day", day).update() > 0;
	}

}
