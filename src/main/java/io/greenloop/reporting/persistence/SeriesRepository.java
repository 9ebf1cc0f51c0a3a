package io.greenloop.reporting.persistence;

import java.util.List;

import io.greenloop.reporting.Series;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The source statistics in {@code reporting.series}. */
@Repository
public class SeriesRepository {

	private final JdbcClient jdbc;

	public SeriesRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(Series series) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.series (code, name, unit, definition) VALUES (:code, :name, :unit, :definition)
					ON CONFLICT (code) DO UPDATE SET name = excluded.name, unit = excluded.unit, definition = excluded.definition
					""")
			.param("code", series.code())
			.param("name", series.name())
			.param("unit", series.unit())
			.param("definition", series.definition())
			.update();
	}

	public List<Series> findAll() {
		return this.jdbc.sql("SELECT code, name, unit, definition FROM reporting.series ORDER BY code")
			.query((rs, row) -> new Series(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
					rs.getString("definition")))
			.list();
	}

}
