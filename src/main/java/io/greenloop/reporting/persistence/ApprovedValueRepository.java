package io.greenloop.reporting.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.greenloop.reporting.ApprovedValue;
import io.greenloop.shared.CsvCopy;
import io.greenloop.shared.Decimals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The approved values and their revisions. Values are written through a temporary table
 * filled with PostgreSQL's {@code COPY}, so approving twenty values and importing fifty
 * thousand take the same path: each value's revision is the previous one plus one, and
 * every revision is kept in the history.
 */
@Repository
public class ApprovedValueRepository {

	private static final String SELECT = """
			SELECT v.*, p.code AS period_code FROM %s v JOIN reporting.period p ON p.id = v.period_id
			""";

	private static final String FILTERED = SELECT.formatted("reporting.approved_value") + """
			 WHERE (CAST(:item AS text) IS NULL OR v.item_code = :item)
			   AND (CAST(:prefix AS text) IS NULL OR v.region_code LIKE :prefix || '%')
			   AND (CAST(:period AS text) IS NULL OR p.code = :period)
			 ORDER BY p.starts_on DESC, v.region_code, v.item_code
			""";

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public ApprovedValueRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Approves the values in the current transaction; answers each value's new revision,
	 * in the order given.
	 */
	public List<Integer> approve(Collection<NewApprovedValue> values, String source, long sourceId, String by,
			Instant at) {
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS approved_staging (
				    ord integer, item_code text, region_code char(6), period_id bigint, value numeric, text_value text,
				    numerator numeric, denominator numeric, unit text, note text) ON COMMIT DROP
				""").update();
		this.jdbc.sql("TRUNCATE approved_staging").update();
		copy(values);
		OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		this.jdbc
			.sql("""
					INSERT INTO reporting.approved_value AS a (item_code, region_code, period_id, value, text_value, numerator,
					    denominator, unit, note, revision, source, source_id, approved_at, approved_by)
					SELECT item_code, region_code, period_id, value, text_value, numerator, denominator, unit, note, 1,
					       :source, :sourceId, :at, :by
					FROM approved_staging
					ON CONFLICT (item_code, region_code, period_id) DO UPDATE SET value = excluded.value,
					    text_value = excluded.text_value, numerator = excluded.numerator, denominator = excluded.denominator,
					    unit = excluded.unit, note = excluded.note, revision = a.revision + 1, source = excluded.source,
					    source_id = excluded.source_id, approved_at = excluded.approved_at, approved_by = excluded.approved_by
					""")
			.param("source", source)
			.param("sourceId", sourceId)
			.param("at", when)
			.param("by", by)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO reporting.approved_value_history (item_code, region_code, period_id, value, text_value,
					    numerator, denominator, unit, note, revision, source, source_id, approved_at, approved_by)
					SELECT a.item_code, a.region_code, a.period_id, a.value, a.text_value, a.numerator, a.denominator, a.unit,
					       a.note, a.revision, a.source, a.source_id, a.approved_at, a.approved_by
					FROM approved_staging s JOIN reporting.approved_value a
					  ON a.item_code = s.item_code AND a.region_code = s.region_code AND a.period_id = s.period_id
					ORDER BY s.ord
					""")
			.update();
		return this.jdbc.sql("""
				SELECT a.revision FROM approved_staging s JOIN reporting.approved_value a
				  ON a.item_code = s.item_code AND a.region_code = s.region_code AND a.period_id = s.period_id
				ORDER BY s.ord
				""").query(Integer.class).list();
	}

	private void copy(Collection<NewApprovedValue> values) {
		List<List<Object>> rows = new ArrayList<>(values.size());
		int ord = 0;
		for (NewApprovedValue value : values) {
			rows.add(Arrays.asList(ord++, value.itemCode(), value.regionCode(), value.periodId(), value.value(),
					value.text(), value.numerator(), value.denominator(), value.unit(), value.note()));
		}
		CsvCopy.copyIn(this.dataSource, "COPY approved_staging FROM STDIN (FORMAT csv)", rows);
	}

	public Optional<ApprovedValue> find(String itemCode, String regionCode, long periodId) {
		return this.jdbc.sql(SELECT.formatted("reporting.approved_value") + """
				 WHERE v.item_code = :item AND v.region_code = :region AND v.period_id = :period
				""")
			.param("item", itemCode)
			.param("region", regionCode)
			.param("period", periodId)
			.query(ApprovedValueRepository::map)
			.optional();
	}

	/** The approved values of a region and period, for the given items. */
	public List<ApprovedValue> find(Collection<String> itemCodes, String regionCode, long periodId) {
		return this.jdbc.sql(SELECT.formatted("reporting.approved_value") + """
				 WHERE v.item_code = ANY (:items) AND v.region_code = :region AND v.period_id = :period
				""")
			.param("items", itemCodes.toArray(String[]::new))
			.param("region", regionCode)
			.param("period", periodId)
			.query(ApprovedValueRepository::map)
			.list();
	}

	/**
	 * Approved values matching a filter (every part optional), the latest periods first;
	 * {@code regionPrefix} selects a region and below.
	 */
	public List<ApprovedValue> findAll(String itemCode, String regionPrefix, String periodCode, int limit) {
		return filtered(FILTERED + " LIMIT :limit", itemCode, regionPrefix, periodCode).param("limit", limit)
			.query(ApprovedValueRepository::map)
			.list();
	}

	/**
	 * Every approved value matching a filter, as {@link #findAll} orders them, read
	 * through a cursor a thousand rows at a time, so that memory holds one batch whatever
	 * the count. Call within a transaction (PostgreSQL keeps a cursor only there), and
	 * close the stream.
	 */
	public Stream<ApprovedValue> streamAll(String itemCode, String regionPrefix, String periodCode) {
		return filtered(FILTERED, itemCode, regionPrefix, periodCode).withFetchSize(FETCH_SIZE)
			.query(ApprovedValueRepository::map)
			.stream();
	}

	private StatementSpec filtered(String sql, String itemCode, String regionPrefix, String periodCode) {
		return this.jdbc.sql(sql).param("item", itemCode).param("prefix", regionPrefix).param("period", periodCode);
	}

	/** Every approved revision of one value, oldest first. */
	public List<ApprovedValue> history(String itemCode, String regionCode, String periodCode) {
		return this.jdbc.sql(SELECT.formatted("reporting.approved_value_history") + """
				 WHERE v.item_code = :item AND v.region_code = :region AND p.code = :period ORDER BY v.id
				""")
			.param("item", itemCode)
			.param("region", regionCode)
			.param("period", periodCode)
			.query(ApprovedValueRepository::map)
			.list();
	}

	private static ApprovedValue map(ResultSet rs, int row) throws SQLException {
		return new ApprovedValue(rs.getString("item_code"), rs.getString("region_code"), rs.getString("period_code"),
				Decimals.plain(rs.getBigDecimal("value")), rs.getString("text_value"),
				Decimals.plain(rs.getBigDecimal("numerator")), Decimals.plain(rs.getBigDecimal("denominator")),
				rs.getString("unit"), rs.getString("note"), rs.getInt("revision"), rs.getString("source"),
				rs.getLong("source_id"), rs.getObject("approved_at", OffsetDateTime.class).toInstant(),
				rs.getString("approved_by"));
	}

	/** A value to approve. */
	public record NewApprovedValue(String itemCode, String regionCode, long periodId, BigDecimal value, String text,
			BigDecimal numerator, BigDecimal denominator, String unit, String note) {
	}

}
