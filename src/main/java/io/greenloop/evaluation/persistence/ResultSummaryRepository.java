package io.greenloop.evaluation.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.greenloop.evaluation.persistence.ResultRepository.Result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the dashboard and the pages read from the results besides the results themselves:
 * counts by status, the worst lagging, each region's latest value, the targets reported,
 * the latest year with results. The plan method's results only.
 */
@Repository
public class ResultSummaryRepository {

	private final JdbcClient jdbc;

	public ResultSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest year, not after the one given, with a plan-method result in the regions
	 * with the prefix (of the plan, if given).
	 */
	public Optional<Integer> latestYear(String planCode, String regionPrefix, int notAfter) {
		return this.jdbc.sql("""
				SELECT max(year) FROM evaluation.result
				WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%') AND year <= :year
				""")
			.param("plan", planCode)
			.param("prefix", regionPrefix)
			.param("year", notAfter)
			.query((rs, row) -> (Integer) rs.getObject(1, Integer.class))
			.optional();
	}

	/**
	 * The plan method's results of the regions with the prefix (and of the plan, if
	 * given), counted by year, region and status.
	 */
	public List<StatusCount> counts(String planCode, String regionPrefix) {
		return this.jdbc.sql("""
				SELECT year, region_code, status, count(*) AS n FROM evaluation.result
				WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND region_code LIKE :prefix || '%'
				GROUP BY year, region_code, status
				""")
			.param("plan", planCode)
			.param("prefix", regionPrefix)
			.query((rs, row) -> new StatusCount(rs.getInt("year"), rs.getString("region_code"), rs.getString("status"),
					rs.getLong("n")))
			.list();
	}

	/**
	 * The plan method's lagging results of a year in the regions with the prefix: the
	 * seriously lagging first, then the furthest behind their expected progress (unknown
	 * last), then by target and region.
	 */
	public List<Result> lagging(String planCode, String regionPrefix, int year, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM evaluation.result
				WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND region_code LIKE :prefix || '%' AND year = :year
				  AND status IN ('LAGGING', 'SERIOUSLY_LAGGING')
				ORDER BY status <> 'SERIOUSLY_LAGGING', expected_progress - progress DESC NULLS LAST,
				         target_code COLLATE "C", region_code
				LIMIT :limit
				""")
			.param("plan", planCode)
			.param("prefix", regionPrefix)
			.param("year", year)
			.param("limit", limit)
			.query(ResultRepository::map)
			.list();
	}

	/**
	 * In each of the regions, the plan method's latest result with a value, up to the
	 * year, of any of the targets (of the plan, if given).
	 */
	public List<Result> latest(String planCode, Collection<String> targetCodes, Collection<String> regionCodes,
			int year) {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (region_code) * FROM evaluation.result
				WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND target_code = ANY (:targets) AND region_code = ANY (:regions)
				  AND value IS NOT NULL AND year <= :year
				ORDER BY region_code, year DESC, plan_code, target_code
				""")
			.param("plan", planCode)
			.param("targets", targetCodes.toArray(String[]::new))
			.param("regions", regionCodes.toArray(String[]::new))
			.param("year", year)
			.query(ResultRepository::map)
			.list();
	}

	/**
	 * The targets with plan-method results in any of the regions (of the plan, if given).
	 */
	public List<String> targetsIn(String planCode, Collection<String> regionCodes) {
		return this.jdbc.sql("""
				SELECT DISTINCT target_code FROM evaluation.result
				WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				  AND region_code = ANY (:regions)
				""")
			.param("plan", planCode)
			.param("regions", regionCodes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/**
	 * Whether any plan-method result of the year in the regions with the prefix (of the
	 * plan, if given) rests on a value whose source starts so (DEMO: demonstration data).
	 */
	public boolean anySource(String planCode, String regionPrefix, int year, String sourcePrefix) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM evaluation.result
				    WHERE method = 'PLAN' AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				      AND region_code LIKE :prefix || '%' AND year = :year
				      AND value_source LIKE :source || '%')
				""")
			.param("plan", planCode)
			.param("prefix", regionPrefix)
			.param("year", year)
			.param("source", sourcePrefix)
			.query(Boolean.class)
			.single();
	}

	/**
	 * How many results of a region and year have a status.
	 *
	 * @param year the year
	 * @param regionCode the region
	 * @param status the status's name
	 * @param count how many
	 */
	public record StatusCount(int year, String regionCode, String status, long count) {
	}

}
