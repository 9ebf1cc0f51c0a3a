package io.greenloop.waste;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based half of a bulk load's rules, run in SQL over the rows just copied (ids
 * above the highest before the load), the same rules {@code LedgerRules} applies record
 * by record (HJ 1259—2022 §6.3): each batch taken from exists at the site with the same
 * code and no later time; no batch gives more than it holds; facilities exist with the
 * stage's kind; off-site hazardous waste goes to a licence valid on the date that covers
 * the code and the treatment; storage from a manifest only by a licence holder. Each
 * check answers at most {@link #LIMIT} examples.
 */
final class LedgerBulkChecks {

	static final int LIMIT = 20;

	private LedgerBulkChecks() {
	}

	static List<String> run(JdbcClient jdbc, long before) {
		List<String> problems = new ArrayList<>();
		problems.addAll(query(jdbc, before, """
				SELECT 'site ' || r.site_id || ' ' || r.stage || ' ' || r.batch_code || ': no ' || r.source_stage
				    || ' batch ' || r.source_batch_code || ' of ' || r.waste_code || ' recorded at or before '
				    || r.occurred_at
				FROM waste.ledger_record r
				WHERE r.id > :before AND r.source_batch_code IS NOT NULL AND NOT EXISTS (
				    SELECT 1 FROM waste.ledger_record s WHERE s.site_id = r.site_id AND s.stage = r.source_stage
				      AND s.batch_code = r.source_batch_code AND s.waste_code = r.waste_code
				      AND s.occurred_at <= r.occurred_at)
				LIMIT :limit"""));
		problems.addAll(query(jdbc, before, """
				WITH touched AS (
				    SELECT DISTINCT site_id, source_stage, source_batch_code FROM waste.ledger_record
				    WHERE id > :before AND source_batch_code IS NOT NULL),
				taken AS (
				    SELECT c.site_id, c.source_stage, c.source_batch_code, sum(c.quantity_t) AS taken_t
				    FROM waste.ledger_record c JOIN touched t USING (site_id, source_stage, source_batch_code)
				    GROUP BY c.site_id, c.source_stage, c.source_batch_code)
				SELECT 'site ' || s.site_id || ' batch ' || s.batch_code || ' (' || s.stage || ') holds '
				    || s.quantity_t || ' t but ' || t.taken_t || ' t are taken out of it'
				FROM taken t JOIN waste.ledger_record s ON s.site_id = t.site_id AND s.stage = t.source_stage
				    AND s.batch_code = t.source_batch_code
				WHERE t.taken_t > s.quantity_t
				LIMIT :limit"""));
		problems.addAll(query(jdbc, before, """
				SELECT 'site ' || r.site_id || ' ' || r.stage || ' ' || r.batch_code || ': facility '
				    || r.facility_code || ' is no facility of the site of the stage''s kind'
				FROM waste.ledger_record r
				WHERE r.id > :before AND r.facility_code IS NOT NULL AND NOT EXISTS (
				    SELECT 1 FROM waste.facility f WHERE f.site_id = r.site_id AND f.code = r.facility_code
				      AND f.kind = ANY(CASE r.stage WHEN 'GENERATED' THEN ARRAY['PRODUCTION']
				          WHEN 'OWN_TREATMENT' THEN ARRAY['UTILISATION', 'DISPOSAL']
				          WHEN 'OFF_SITE' THEN ARRAY[]::text[] ELSE ARRAY['STORAGE'] END))
				LIMIT :limit"""));
		problems.addAll(query(jdbc, before, """
				SELECT 'site ' || r.site_id || ' OFF_SITE ' || r.batch_code || ': licence '
				    || r.receiver_licence_number || ' is unknown, not valid on the date, or does not cover '
				    || r.waste_code || ' or ' || r.treatment
				FROM waste.ledger_record r
				WHERE r.id > :before AND r.stage = 'OFF_SITE' AND r.waste_kind = 'HAZARDOUS' AND NOT EXISTS (
				    SELECT 1 FROM waste.licence l JOIN waste.licence_waste w ON w.licence_id = l.id
				    WHERE l.number = r.receiver_licence_number AND w.waste_code = r.waste_code
				      AND (r.occurred_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN l.valid_from AND l.valid_to
				      AND r.treatment = ANY(l.activities))
				LIMIT :limit"""));
		problems.addAll(query(jdbc, before, """
				SELECT 'site ' || r.site_id || ' STORED_IN ' || r.batch_code || ': from manifest '
				    || r.manifest_number || ' but the enterprise holds no licence valid on the date'
				FROM waste.ledger_record r JOIN waste.site s ON s.id = r.site_id
				WHERE r.id > :before AND r.stage = 'STORED_IN' AND r.source_batch_code IS NULL AND NOT EXISTS (
				    SELECT 1 FROM waste.licence l WHERE l.enterprise_id = s.enterprise_id
				      AND (r.occurred_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN l.valid_from AND l.valid_to)
				LIMIT :limit"""));
		return problems;
	}

	private static List<String> query(JdbcClient jdbc, long before, String sql) {
		return jdbc.sql(sql).param("before", before).param("limit", LIMIT).query(String.class).list();
	}

}
