package io.greenloop.evaluation.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The assessment scheme, and what it deducts for: returned submissions and values missing
 * at their deadline (the warnings of kind MISSING_DATA).
 */
@Repository
public class AssessmentRepository {

	private final JdbcClient jdbc;

	public AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The scheme as JSON, if an administrator set one. */
	public Optional<String> scheme() {
		return this.jdbc.sql("SELECT scheme::text FROM evaluation.assessment_scheme WHERE id = 1")
			.query(String.class)
			.optional();
	}

	public void saveScheme(String json, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO evaluation.assessment_scheme (id, scheme, updated_by, updated_at)
				VALUES (1, CAST(:scheme AS jsonb), :by, :at)
				ON CONFLICT (id) DO UPDATE SET scheme = excluded.scheme, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at
				""")
			.param("scheme", json)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public void recordReturn(long submissionId, String regionCode, int year, String periodCode, String reason,
			Instant at) {
		this.jdbc.sql("""
				INSERT INTO evaluation.returned_submission (submission_id, region_code, year, period_code, reason,
				    returned_at)
				VALUES (:submission, :region, :year, :period, :reason, :at)
				""")
			.param("submission", submissionId)
			.param("region", regionCode)
			.param("year", year)
			.param("period", periodCode)
			.param("reason", reason)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** Returned submissions of the year, by region, in a region and below. */
	public Map<String, Integer> returns(int year, String regionPrefix) {
		return counts("""
				SELECT region_code, count(*) FROM evaluation.returned_submission
				WHERE year = :year AND region_code LIKE :prefix || '%' GROUP BY region_code
				""", year, regionPrefix);
	}

	/** Values missing at their deadline in the year, by region, in a region and below. */
	public Map<String, Integer> late(int year, String regionPrefix) {
		return counts("""
				SELECT region_code, count(*) FROM evaluation.warning
				WHERE kind = 'MISSING_DATA' AND year = :year AND region_code LIKE :prefix || '%' GROUP BY region_code
				""", year, regionPrefix);
	}

	private Map<String, Integer> counts(String sql, int year, String regionPrefix) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.sql(sql)
			.param("year", year)
			.param("prefix", regionPrefix)
			.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

}
