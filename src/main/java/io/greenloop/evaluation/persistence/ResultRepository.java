package io.greenloop.evaluation.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The evaluation read model: one row per target, region, year and method.
 */
@Repository
public class ResultRepository {

	/**
	 * The results {@link #find} and {@link #count} answer: by method, and optionally the
	 * rest.
	 */
	private static final String MATCHING = """
			FROM evaluation.result
			WHERE method = :method
			  AND (CAST(:plan AS text) IS NULL OR plan_code = :plan)
			  AND (CAST(:target AS text) IS NULL OR target_code = :target)
			  AND (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%')
			  AND (CAST(:year AS integer) IS NULL OR year = :year)
			  AND (CAST(:status AS text) IS NULL OR status = :status)
			""";

	/** How many characters of CSV are sent to the database at a time. */
	private static final int COPY_CHUNK = 256 * 1024;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ReadModelVersion version;

	public ResultRepository(JdbcClient jdbc, DataSource dataSource, ReadModelVersion version) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.version = version;
	}

	/**
	 * Replaces every result of the given targets in the given regions with the new ones,
	 * in one statement each way; answers the statuses they replaced (plan method), by
	 * target, region and year, so that a change of status can be told.
	 * <p>
	 * The new results are read from the stream as they are copied, a chunk at a time, so
	 * that neither they nor their CSV need to be held in memory all at once, and so that
	 * the database stores a chunk while the next is being computed. The stream is
	 * consumed after the old results are deleted, on this transaction's connection, which
	 * is busy with the {@code COPY} meanwhile: it must not query the database.
	 */
	public Map<Key, Map<Integer, String>> replace(Collection<Key> keys, Stream<Result> results) {
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
		copyIn(results);
		this.version.raise();
		return previous;
	}

	/**
	 * {@code COPY evaluation.result FROM STDIN (FORMAT csv)} of the stream, sent in
	 * chunks of about {@link #COPY_CHUNK} characters as the rows come; each field written
	 * as {@link CsvCopy} writes it (null as an empty field, numbers plain, text and times
	 * quoted with quotes doubled).
	 */
	private void copyIn(Stream<Result> results) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY evaluation.result FROM STDIN (FORMAT csv)");
			try {
				StringBuilder csv = new StringBuilder(COPY_CHUNK + 8192);
				Iterator<Result> rows = results.iterator();
				while (rows.hasNext()) {
					Result r = rows.next();
					row(csv, r.targetCode(), r.regionCode(), r.year(), r.method(), r.planCode(), r.status(), r.value(),
							r.target(), r.expected(), r.progress(), r.expectedProgress(), r.gap(), r.projection(),
							r.explanationZh(), r.explanationEn(), r.inputs(), r.valueSource(),
							OffsetDateTime.ofInstant(r.evaluatedAt(), ZoneOffset.UTC));
					if (csv.length() >= COPY_CHUNK) {
						send(copy, csv);
					}
				}
				send(copy, csv);
				copy.endCopy();
			}
			catch (Throwable ex) {
				// a result that could not be computed, or the database refusing a row
				if (copy.isActive()) {
					try {
						copy.cancelCopy();
					}
					catch (SQLException cancel) {
						ex.addSuppressed(cancel);
					}
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed: COPY evaluation.result FROM STDIN (FORMAT csv)", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static void send(CopyIn copy, StringBuilder csv) throws SQLException {
		if (csv.isEmpty()) {
			return;
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		csv.setLength(0);
	}

	private static void row(StringBuilder csv, Object... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			Object value = fields[i];
			if (value == null) {
				continue;
			}
			if (value instanceof BigDecimal number) {
				csv.append(number.toPlainString());
			}
			else if (value instanceof Number || value instanceof Boolean) {
				csv.append(value);
			}
			else {
				csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
			}
		}
		csv.append('\n');
	}

	/** Removes every result of the targets in the regions given. */
	public void delete(Collection<Key> keys) {
		KeyedRows.delete(this.jdbc, "evaluation.result", keys);
		if (!keys.isEmpty()) {
			this.version.raise();
		}
	}

	/** Results by method, and optionally plan, target, region prefix, year and status. */
	public List<Result> find(String method, String planCode, String targetCode, String regionPrefix, Integer year,
			String status) {
		return find(method, planCode, targetCode, regionPrefix, year, status, null, 0);
	}

	/**
	 * A page of the results by method, and optionally plan, target, region prefix, year
	 * and status, in the order of plan, target, region and year.
	 * @param limit how many at most; null for all
	 * @param offset how many to skip
	 */
	public List<Result> find(String method, String planCode, String targetCode, String regionPrefix, Integer year,
			String status, Integer limit, int offset) {
		return matching("""
				SELECT * %s
				ORDER BY plan_code, target_code, region_code, year
				LIMIT :limit OFFSET :offset
				""", method, planCode, targetCode, regionPrefix, year, status).param("limit", limit, Types.INTEGER)
			.param("offset", offset)
			.query(ResultRepository::map)
			.list();
	}

	/**
	 * A page of the results {@link #find} answers, ordered by status as given (statuses
	 * not named last), then by plan, target and region.
	 */
	public List<Result> findByStatus(String method, String planCode, String targetCode, String regionPrefix,
			Integer year, String status, List<String> statusOrder, int limit, int offset) {
		return matching("""
				SELECT * %s
				ORDER BY coalesce(array_position(CAST(:order AS text[]), status), 1000), plan_code,
				         target_code COLLATE "C", region_code, year
				LIMIT :limit OFFSET :offset
				""", method, planCode, targetCode, regionPrefix, year, status)
			.param("order", statusOrder.toArray(String[]::new))
			.param("limit", limit)
			.param("offset", offset)
			.query(ResultRepository::map)
			.list();
	}

	/** How many results {@link #find} answers without a status, by status. */
	public Map<String, Long> countByStatus(String method, String planCode, String targetCode, String regionPrefix,
			Integer year) {
		Map<String, Long> counts = new HashMap<>();
		matching("SELECT status, count(*) AS n %s GROUP BY status", method, planCode, targetCode, regionPrefix, year,
				null)
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	/** How many results {@link #find} would answer without a limit. */
	public long count(String method, String planCode, String targetCode, String regionPrefix, Integer year,
			String status) {
		return matching("SELECT count(*) %s", method, planCode, targetCode, regionPrefix, year, status)
			.query(Long.class)
			.single();
	}

	/**
	 * The statement, whose {@code %s} stands for {@link #MATCHING}, with the parameters
	 * of the results it matches bound.
	 */
	private JdbcClient.StatementSpec matching(String sql, String method, String planCode, String targetCode,
			String regionPrefix, Integer year, String status) {
		return this.jdbc.sql(sql.formatted(MATCHING))
			.param("method", method)
			.param("plan", planCode)
			.param("target", targetCode)
			.param("prefix", regionPrefix)
			.param("year", year)
			.param("status", status);
	}

	static Result map(ResultSet rs, int row) throws SQLException {
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
