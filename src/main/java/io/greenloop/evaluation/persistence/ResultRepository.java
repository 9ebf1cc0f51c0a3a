package io.greenloop.evaluation.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evaluation read model: one row per target, region, year and method.
 */
@Repository
public class ResultRepository {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public ResultRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Replaces every result of the given targets in the given regions with the new ones,
	 * in one statement each way; answers the statuses they replaced (plan method), by
	 * target, region and year, so that a change of status can be told.
	 */
	public Map<Key, Map<Integer, String>> replace(Collection<Key> keys, Collection<Result> results) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS result_keys (target_code text, region_code char(6)) ON COMMIT DROP
				""").update();
		this.jdbc.sql("TRUNCATE result_keys").update();
		CsvCopy.copyIn(this.dataSource, "COPY result_keys FROM STDIN (FORMAT csv)",
				keys.stream().map(key -> List.of(key.targetCode(), key.regionCode())).toList());
		Map<Key, Map<Integer, String>> previous = new HashMap<>();
		this.jdbc.sql("""
				DELETE FROM evaluation.result r USING result_keys k
				WHERE r.target_code = k.target_code AND r.region_code = k.region_code
				RETURNING r.target_code, r.region_code, r.year, r.method, r.status
				""").query((rs, row) -> {
			if ("PLAN".equals(rs.getString("method"))) {
				previous
					.computeIfAbsent(new Key(rs.getString("target_code"), rs.getString("region_code")),
							key -> new HashMap<>())
					.put(rs.getInt("year"), rs.getString("status"));
			}
			return null;
		}).list();
		List<List<Object>> rows = new ArrayList<>(results.size());
		for (Result r : results) {
			rows.add(Arrays.asList(r.targetCode(), r.regionCode(), r.year(), r.method(), r.planCode(), r.status(),
					r.value(), r.target(), r.expected(), r.progress(), r.expectedProgress(), r.gap(), r.projection(),
					r.explanationZh(), r.explanationEn(), r.inputs(), r.valueSource(),
					OffsetDateTime.ofInstant(r.evaluatedAt(), ZoneOffset.UTC)));
		}
		CsvCopy.copyIn(this.dataSource, "COPY evaluation.result FROM STDIN (FORMAT csv)", rows);
		return previous;
	}

	/** Removes the results of targets no longer in the catalogue. */
	public void retainTargets(Collection<String> targetCodes) {
		this.jdbc.sql("DELETE FROM evaluation.result WHERE NOT (target_code = ANY (:codes))")
			.param("codes", targetCodes.toArray(String[]::new))
			.update();
	}

	/** Results by method, and optionally plan, target, region prefix, year and status. */
	public List<Result> find(String method, String planCode, String targetCode, String regionPrefix, Integer year,
			String status) {
		return this.jdbc.sql("""
				SELECT * FROM evaluation.result
				WHERE method = :method
				  AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND (CAST(:target AS text) IS NULL OR target_code = :target)
				  AND (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%')
				  AND (CAST(:year AS integer) IS NULL OR year = :year)
				  AND (CAST(:status AS text) IS NULL OR status = :status)
				ORDER BY plan_code, target_code, region_code, year
				""")
			.param("method", method)
			.param("plan", planCode)
			.param("target", targetCode)
			.param("prefix", regionPrefix)
			.param("year", year)
			.param("status", status)
			.query(ResultRepository::map)
			.list();
	}

	private static Result map(ResultSet rs, int row) throws SQLException {
		return new Result(rs.getString("target_code"), rs.getString("region_code"), rs.getInt("year"),
				rs.getString("method"), rs.getString("plan_code"), rs.getString("status"), rs.getBigDecimal("value"),
				rs.getBigDecimal("target"), rs.getBigDecimal("expected"), rs.getBigDecimal("progress"),
				rs.getBigDecimal("expected_progress"), rs.getBigDecimal("gap"), rs.getBigDecimal("projection"),
				rs.getString("explanation_zh"), rs.getString("explanation_en"), rs.getString("inputs"),
				rs.getString("value_source"), rs.getObject("evaluated_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A target in a region.
	 *
	 * @param targetCode the target
	 * @param regionCode the region
	 */
	public record Key(String targetCode, String regionCode) {
	}

	/**
	 * One stored result.
	 *
	 * @param targetCode the target
	 * @param regionCode the region
	 * @param year the year evaluated
	 * @param method PLAN or OPEN_SDG
	 * @param planCode the target's plan
	 * @param status the status's name
	 * @param value the year's value of the measure
	 * @param target the figure compared with
	 * @param expected the value expected on the trajectory
	 * @param progress the share of the way covered
	 * @param expectedProgress the share expected by the year
	 * @param gap value − expected, positive when ahead
	 * @param projection the target-year value projected from the trend
	 * @param explanationZh how it was computed, in Chinese
	 * @param explanationEn how it was computed, in English
	 * @param inputs the numbers used, as JSON
	 * @param valueSource where the year's value came from
	 * @param evaluatedAt when it was computed
	 */
	public record Result(String targetCode, String regionCode, int year, String method, String planCode, String status,
			BigDecimal value, BigDecimal target, BigDecimal expected, BigDecimal progress, BigDecimal expectedProgress,
			BigDecimal gap, BigDecimal projection, String explanationZh, String explanationEn, String inputs,
			String valueSource, Instant evaluatedAt) {
	}

}
