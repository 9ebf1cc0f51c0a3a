package io.greenloop.waste;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based half of a bulk load's rules: the batch chain (HJ 1259—2022
 * §6.3.2–§6.3.5), in one SQL pass over the rows just copied (ids above the highest before
 * the load). Every batch taken from exists at the site at the named stage, holds the same
 * code and was recorded no later than the records taking from it, and gives no more than
 * it holds (counting what records stored before the load already took). Answers at most
 * {@link #LIMIT} examples.
 */
final class LedgerBulkChecks {

	static final int LIMIT = 20;

	private LedgerBulkChecks() {
	}

	static List<String> run(JdbcClient jdbc, long before) {
		// the load's joins and aggregates in memory rather than spilled to disk
		jdbc.sql("SET LOCAL work_mem = '256MB'").update();
		return jdbc.sql("""
				SELECT 'site ' || g.site_id || ' batch ' || g.source_batch_code || ' (' || g.source_stage || '): '
				    || CASE WHEN g.source_id IS NULL THEN 'no such batch, taken from by ' || g.first_batch
				            WHEN NOT g.consistent THEN 'taken from by a record of another waste code or an earlier time'
				            ELSE 'holds ' || g.source_t || ' t but ' || g.all_taken_t || ' t are taken out of it' END
				FROM (
				    SELECT a.*, a.taken_t + CASE WHEN a.source_id <= :before THEN (
				        SELECT coalesce(sum(c.quantity_t), 0) FROM waste.ledger_record c
				        WHERE c.site_id = a.site_id AND c.source_stage = a.source_stage
				          AND c.source_batch_code = a.source_batch_code AND c.id <= :before) ELSE 0 END AS all_taken_t
				    FROM (
				        SELECT r.site_id, r.source_stage, r.source_batch_code, sum(r.quantity_t) AS taken_t,
				            min(r.batch_code) AS first_batch, max(s.id) AS source_id, max(s.quantity_t) AS source_t,
				            bool_and(s.waste_code = r.waste_code AND s.occurred_at <= r.occurred_at) AS consistent
				        FROM waste.ledger_record r
				        LEFT JOIN waste.ledger_record s ON s.site_id = r.site_id AND s.stage = r.source_stage
				            AND s.batch_code = r.source_batch_code
				        WHERE r.id > :before AND r.source_batch_code IS NOT NULL
				        GROUP BY r.site_id, r.source_stage, r.source_batch_code) a) g
				WHERE g.source_id IS NULL OR NOT g.consistent OR g.all_taken_t > g.source_t
				LIMIT :limit""").param("before", before).param("limit", LIMIT).query(String.class).list();
	}

}
