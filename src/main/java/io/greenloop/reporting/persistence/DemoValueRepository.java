package io.greenloop.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.reporting.events.DemoValuesRemoved.RemovedValue;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The demonstration values among the approved values (source DEMO, see
 * {@link io.greenloop.reporting.events.DemoValuesRemoved}): whether there are any, which
 * values already exist where they would go, and their removal with their history, all of
 * them or those a real value supersedes.
 */
@Repository
public class DemoValueRepository {

	private static final String REMOVED = """
			, history AS (
			    DELETE FROM reporting.approved_value_history h USING removed r
			    WHERE h.source = 'DEMO' AND h.item_code = r.item_code AND h.region_code = r.region_code
			      AND h.period_id = r.period_id)
			SELECT r.item_code, r.region_code, p.code FROM removed r JOIN reporting.period p ON p.id = r.period_id
			ORDER BY r.region_code, r.item_code, p.code
			""";

	private final JdbcClient jdbc;

	public DemoValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demonstration value is stored. */
	public boolean any() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM reporting.approved_value WHERE source = 'DEMO')")
			.query(Boolean.class)
			.single();
	}

	/**
	 * The items, regions and years that have an approved value in some period of the
	 * year, from whatever source, among the regions and years given.
	 */
	public Set<ItemYear> taken(Collection<String> regionCodes, int fromYear, int toYear) {
		return new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT v.item_code, v.region_code, p.year
				FROM reporting.approved_value v JOIN reporting.period p ON p.id = v.period_id
				WHERE v.region_code = ANY (:regions) AND p.year BETWEEN :from AND :to
				""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs, row) -> new ItemYear(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list());
	}

	/** Removes every demonstration value and its history; answers what was removed. */
	public List<RemovedValue> removeAll() {
		return this.jdbc
			.sql("""
					WITH removed AS (
					    DELETE FROM reporting.approved_value WHERE source = 'DEMO' RETURNING item_code, region_code, period_id)
					"""
					+ REMOVED)
			.query(DemoValueRepository::removed)
			.list();
	}

	/**
	 * Removes, with their history, the demonstration values of the items and regions just
	 * approved in other periods of the same years: the real 2024Q4 value of a target
	 * supersedes the demonstration value of 2024, which would otherwise stand for the
	 * year. (A demonstration value of the very same period was already replaced by the
	 * approval, as its next revision.) Call after the approval, in its transaction.
	 */
	public List<RemovedValue> removeSupersededBy(Collection<NewApprovedValue> approved) {
		if (approved.isEmpty() || !any()) {
			return List.of();
		}
		return this.jdbc.sql("""
				WITH approved AS (
				    SELECT DISTINCT a.item_code, a.region_code, p.year
				    FROM unnest(CAST(:items AS text[]), CAST(:regions AS text[]), CAST(:periods AS bigint[]))
				         AS a (item_code, region_code, period_id)
				    JOIN reporting.period p ON p.id = a.period_id),
				removed AS (
				    DELETE FROM reporting.approved_value v USING approved a, reporting.period p
				    WHERE v.source = 'DEMO' AND v.item_code = a.item_code AND v.region_code = a.region_code
				      AND p.id = v.period_id AND p.year = a.year
				    RETURNING v.item_code, v.region_code, v.period_id)
				""" + REMOVED)
			.param("items", approved.stream().map(NewApprovedValue::itemCode).toArray(String[]::new))
			.param("regions", approved.stream().map(NewApprovedValue::regionCode).toArray(String[]::new))
			.param("periods", approved.stream().map(NewApprovedValue::periodId).toArray(Long[]::new))
			.query(DemoValueRepository::removed)
			.list();
	}

	private static RemovedValue removed(ResultSet rs, int row) throws SQLException {
		return new RemovedValue(rs.getString(1), rs.getString(2), rs.getString(3));
	}

	/**
	 * An item's value in a region, some time in a year.
	 *
	 * @param itemCode the target or series
	 * @param regionCode the region
	 * @param year the year
	 */
	public record ItemYear(String itemCode, String regionCode, int year) {
	}

}
