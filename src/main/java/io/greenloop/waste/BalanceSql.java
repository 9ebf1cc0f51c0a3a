package io.greenloop.waste;

/**
 * The statements of {@link Balances}: the balance of every site, waste and year, and the
 * checks on it, each over one year ({@code :year}) in China's time, set-based.
 */
final class BalanceSql {

	private BalanceSql() {
	}

	/** The year's bounds in China's time, as a row (s, e). */
	static final String YEAR = """
			(SELECT make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS s,
			        make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS e)""";

	/**
	 * What {@link #BALANCE} wrote into its temporary table, moved into the balances.
	 */
	static final String BALANCE_INSERT = """
			INSERT INTO waste.balance (year, site_id, waste_kind, waste_code, region_code, industry_code, industrial,
			    demo, generated_t, own_utilised_t, own_disposed_t, offsite_utilised_t, offsite_disposed_t, landfilled_t,
			    prior_utilised_t, prior_disposed_t, own_opening_t, own_closing_t, received_t, treated_received_t,
			    forwarded_t, opening_t, closing_t)
			SELECT year, site_id, waste_kind, waste_code, region_code, industry_code, industrial, demo, generated,
			       own_utilised, own_disposed, offsite_utilised, offsite_disposed, landfilled, prior_utilised,
			       prior_disposed, own_opening, own_closing, received_q, treated_received, forwarded, opening, closing
			FROM balance_new""";

	/*
	 * Each record with its origin: received (its chain starts at a STORED_IN that names a
	 * transfer manifest) or the site's own; and, for utilisation and disposal, whether it
	 * came from an earlier year (the generation or the entry into storage it comes from
	 * happened before the year). The year's bounds come as parameters (:s, :e), so that
	 * the planner sees how much of the ledger each branch reads; the result goes into a
	 * temporary table because PostgreSQL plans a CREATE TABLE AS in parallel, never an
	 * INSERT (over a million records of a year, 3.5 s became 1.7 s on two cores).
	 */
	static final String BALANCE = """
			CREATE TEMPORARY TABLE balance_new ON COMMIT DROP AS
			WITH
			-- each record with its origin, joined only where a stage needs it: received (its chain starts at a
			-- STORED_IN naming a manifest) or the site's own; for utilisation and disposal, whether it came from an
			-- earlier year. Before the year only what moves the stock counts.
			r AS (
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t AS q, r.treatment, false AS landfill,
			           r.occurred_at >= :s AS in_year, r.manifest_number IS NOT NULL AS received, false AS prior
			    FROM waste.ledger_record r
			    WHERE r.occurred_at < :e
			      AND (r.stage = 'STORED_IN' OR (r.stage = 'GENERATED' AND r.occurred_at >= :s))
			    UNION ALL
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t, r.treatment, false,
			           r.occurred_at >= :s, src_in.manifest_number IS NOT NULL, false
			    FROM waste.ledger_record r
			    LEFT JOIN waste.ledger_record src_in ON src_in.site_id = r.site_id AND src_in.stage = 'STORED_IN'
			         AND src_in.batch_code = r.source_batch_code
			    WHERE r.stage = 'STORED_OUT' AND r.occurred_at < :e
			    UNION ALL
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t, r.treatment,
			           upper(coalesce(r.method, '')) = 'D1', true, via_in.manifest_number IS NOT NULL,
			           coalesce(coalesce(gen.occurred_at, via_in.occurred_at) < :s, false)
			    FROM waste.ledger_record r
			    LEFT JOIN waste.ledger_record gen ON gen.site_id = r.site_id AND gen.stage = 'GENERATED'
			         AND gen.batch_code = r.source_batch_code AND coalesce(r.source_stage, 'GENERATED') = 'GENERATED'
			    LEFT JOIN waste.ledger_record via_out ON via_out.site_id = r.site_id AND via_out.stage = 'STORED_OUT'
			         AND via_out.batch_code = r.source_batch_code AND coalesce(r.source_stage, 'STORED_OUT') = 'STORED_OUT'
			    LEFT JOIN waste.ledger_record via_in ON via_in.site_id = via_out.site_id AND via_in.stage = 'STORED_IN'
			         AND via_in.batch_code = via_out.source_batch_code
			    WHERE r.stage IN ('OWN_TREATMENT', 'OFF_SITE') AND r.occurred_at >= :s AND r.occurred_at < :e
			),
			t AS (
			    SELECT site_id, waste_kind, waste_code,
			        coalesce(sum(q) FILTER (WHERE in_year AND stage = 'GENERATED'), 0) AS generated,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND stage = 'OWN_TREATMENT'
			                                AND treatment = 'UTILISATION'), 0) AS own_utilised,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND stage = 'OWN_TREATMENT'
			                                AND treatment = 'DISPOSAL'), 0) AS own_disposed,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND stage = 'OFF_SITE'
			                                AND treatment = 'UTILISATION'), 0) AS offsite_utilised,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND stage = 'OFF_SITE'
			                                AND treatment = 'DISPOSAL'), 0) AS offsite_disposed,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND stage IN ('OWN_TREATMENT', 'OFF_SITE')
			                                AND treatment = 'DISPOSAL' AND landfill), 0) AS landfilled,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND prior
			                                AND treatment = 'UTILISATION'), 0) AS prior_utilised,
			        coalesce(sum(q) FILTER (WHERE in_year AND NOT received AND prior
			                                AND treatment = 'DISPOSAL'), 0) AS prior_disposed,
			        coalesce(sum(CASE WHEN stage = 'STORED_IN' THEN q WHEN stage = 'STORED_OUT' THEN -q END)
			                 FILTER (WHERE NOT in_year AND NOT received), 0) AS own_opening,
			        coalesce(sum(CASE WHEN stage = 'STORED_IN' THEN q WHEN stage = 'STORED_OUT' THEN -q END)
			                 FILTER (WHERE NOT received), 0) AS own_closing,
			        coalesce(sum(q) FILTER (WHERE in_year AND received AND stage = 'STORED_IN'), 0) AS received_q,
			        coalesce(sum(q) FILTER (WHERE in_year AND received AND stage = 'OWN_TREATMENT'), 0)
			            AS treated_received,
			        coalesce(sum(q) FILTER (WHERE in_year AND received AND stage = 'OFF_SITE'), 0) AS forwarded,
			        coalesce(sum(CASE WHEN stage = 'STORED_IN' THEN q WHEN stage = 'STORED_OUT' THEN -q END)
			                 FILTER (WHERE NOT in_year), 0) AS opening,
			        coalesce(sum(CASE WHEN stage = 'STORED_IN' THEN q WHEN stage = 'STORED_OUT' THEN -q END), 0)
			            AS closing,
			        bool_or(in_year) AS active
			    FROM r GROUP BY site_id, waste_kind, waste_code
			)
			SELECT :year AS year, t.site_id, t.waste_kind, t.waste_code, s.region_code, s.industry_code,
			       substring(regexp_replace(s.industry_code, '^[A-T]', '') FROM 1 FOR 2)::int BETWEEN 6 AND 46 AS industrial,
			       e.demo, generated, own_utilised, own_disposed, offsite_utilised, offsite_disposed, landfilled,
			       prior_utilised, prior_disposed, own_opening, own_closing, received_q, treated_received, forwarded,
			       opening, closing
			FROM t JOIN waste.site s ON s.id = t.site_id JOIN waste.enterprise e ON e.id = s.enterprise_id
			WHERE t.active OR t.closing <> 0
			""";

	static final String UNBALANCED = """
			INSERT INTO waste.balance_flag (year, kind, site_id, region_code, waste_code, quantity_t, message_zh,
			    message_en)
			SELECT year, 'UNBALANCED', site_id, region_code, waste_code, u,
			       format('产生量%s吨，利用%s吨、处置%s吨、贮存净增%s吨，%s吨去向不明', generated_t, ut, dt, ds, u),
			       format('Generated %s t; utilised %s t, disposed of %s t, stock up %s t: %s t unexplained',
			              generated_t, ut, dt, ds, u)
			FROM (SELECT b.*, own_utilised_t + offsite_utilised_t AS ut, own_disposed_t + offsite_disposed_t AS dt,
			             own_closing_t - own_opening_t AS ds,
			             generated_t - own_utilised_t - offsite_utilised_t - own_disposed_t - offsite_disposed_t
			                 - (own_closing_t - own_opening_t) AS u
			      FROM waste.balance b WHERE year = :year) x
			WHERE abs(u) > greatest(0.1, 0.01 * generated_t)
			""";

	static final String GENERATED_UNTRACKED = """
			INSERT INTO waste.balance_flag (year, kind, site_id, region_code, waste_code, batch_code, quantity_t,
			    message_zh, message_en)
			SELECT :year, 'GENERATED_UNTRACKED', g.site_id, s.region_code, g.waste_code, g.batch_code, g.quantity_t,
			       format('产生批次%s（%s吨）未入库、未利用处置、未转移', g.batch_code, g.quantity_t),
			       format('Batch %s (%s t) was generated but never stored, used, disposed of or sent off-site',
			              g.batch_code, g.quantity_t)
			FROM waste.ledger_record g JOIN waste.site s ON s.id = g.site_id CROSS JOIN {YEAR} y
			WHERE g.stage = 'GENERATED' AND g.occurred_at >= y.s AND g.occurred_at < y.e AND g.occurred_at < :cutoff
			  AND NOT EXISTS (SELECT 1 FROM waste.ledger_record n
			                  WHERE n.site_id = g.site_id AND n.source_batch_code = g.batch_code
			                    AND coalesce(n.source_stage, 'GENERATED') = 'GENERATED'
			                    AND n.stage IN ('STORED_IN', 'OWN_TREATMENT', 'OFF_SITE'))
			""".replace("{YEAR}", YEAR);

	static final String SENT_NOT_RECEIVED = """
			INSERT INTO waste.balance_flag (year, kind, site_id, region_code, waste_code, batch_code, quantity_t,
			    message_zh, message_en)
			SELECT :year, 'SENT_NOT_RECEIVED', o.site_id, s.region_code, o.waste_code, o.batch_code, o.quantity_t,
			       format('联单%s（批次%s，%s吨）发出后无接受单位入库记录', o.manifest_number, o.batch_code, o.quantity_t),
			       format('Manifest %s (batch %s, %s t) was sent but no receiver has stored it', o.manifest_number,
			              o.batch_code, o.quantity_t)
			FROM waste.ledger_record o JOIN waste.site s ON s.id = o.site_id CROSS JOIN {YEAR} y
			WHERE o.stage = 'OFF_SITE' AND o.waste_kind = 'HAZARDOUS' AND o.occurred_at >= y.s AND o.occurred_at < y.e
			  AND o.manifest_number IS NOT NULL AND o.occurred_at < :cutoff
			  AND NOT EXISTS (SELECT 1 FROM waste.ledger_record i
			                  WHERE i.stage = 'STORED_IN' AND i.manifest_number = o.manifest_number)
			""".replace("{YEAR}", YEAR);

	/**
	 * One flag per site and waste: how many records went off-site without a manifest, and
	 * how much.
	 */
	static final String SENT_WITHOUT_MANIFEST = """
			INSERT INTO waste.balance_flag (year, kind, site_id, region_code, waste_code, batch_code, quantity_t,
			    message_zh, message_en)
			SELECT :year, 'SENT_WITHOUT_MANIFEST', o.site_id, s.region_code, o.waste_code, min(o.batch_code),
			       sum(o.quantity_t),
			       format('%s条危险废物委外记录（共%s吨，首个批次%s）没有转移联单', count(*), sum(o.quantity_t), min(o.batch_code)),
			       format('%s off-site records of hazardous waste (%s t in all, first batch %s) name no manifest', count(*),
			              sum(o.quantity_t), min(o.batch_code))
			FROM waste.ledger_record o JOIN waste.site s ON s.id = o.site_id CROSS JOIN {YEAR} y
			WHERE o.stage = 'OFF_SITE' AND o.waste_kind = 'HAZARDOUS' AND o.occurred_at >= y.s AND o.occurred_at < y.e
			  AND o.manifest_number IS NULL
			GROUP BY o.site_id, s.region_code, o.waste_code
			"""
		.replace("{YEAR}", YEAR);

	static final String RECEIVER_OVER_CAPACITY = """
			INSERT INTO waste.balance_flag (year, kind, licence_id, region_code, quantity_t, message_zh, message_en)
			SELECT :year, 'RECEIVER_OVER_CAPACITY', l.id, e.region_code, sent.q,
			       format('%s年发往许可证%s的危险废物%s吨，超过核准年经营规模%s吨', :year, l.number, sent.q,
			              l.annual_capacity_t),
			       format('%s t of hazardous waste was sent to licence %s in %s, above its permitted %s t/a', sent.q,
			              l.number, :year, l.annual_capacity_t)
			FROM (SELECT o.receiver_licence_number AS number, sum(o.quantity_t) AS q
			      FROM waste.ledger_record o CROSS JOIN {YEAR} y
			      WHERE o.stage = 'OFF_SITE' AND o.waste_kind = 'HAZARDOUS' AND o.occurred_at >= y.s
			        AND o.occurred_at < y.e AND o.receiver_licence_number IS NOT NULL
			      GROUP BY o.receiver_licence_number) sent
			JOIN waste.licence l ON l.number = sent.number
			JOIN waste.enterprise e ON e.id = l.enterprise_id
			WHERE sent.q > l.annual_capacity_t
			""".replace("{YEAR}", YEAR);

	/**
	 * Each confirmed declaration's generated quantity per waste against the ledger of its
	 * period, and the hazardous wastes the ledger has generated in the period but the
	 * declaration does not list (HJ 1259—2022 §7: the declaration reports what the ledger
	 * records).
	 */
	static final String DECLARED_DIFFERS = """
			INSERT INTO waste.balance_flag (year, kind, site_id, region_code, waste_code, quantity_t, message_zh,
			    message_en)
			SELECT :year, 'DECLARED_DIFFERS', d.site_id, s.region_code, l.waste_code, led.generated - l.generated_t,
			       format('%s申报（%s）的%s产生量为%s吨，台账现为%s吨', d.period_code, d.kind, l.waste_code, l.generated_t,
			              led.generated),
			       format('The %s declaration (%s) says %s t of %s generated; the ledger now says %s t', d.period_code,
			              d.kind, l.generated_t, l.waste_code, led.generated)
			FROM waste.declaration d
			JOIN waste.declaration_line l ON l.declaration_id = d.id
			JOIN waste.site s ON s.id = d.site_id
			CROSS JOIN LATERAL (
			    SELECT coalesce(sum(r.quantity_t), 0) AS generated FROM waste.ledger_record r
			    WHERE r.site_id = d.site_id AND r.stage = 'GENERATED' AND r.waste_code = l.waste_code
			      AND r.occurred_at >= (d.starts_on::timestamp AT TIME ZONE 'Asia/Shanghai')
			      AND r.occurred_at < ((d.ends_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')) led
			WHERE d.year = :year AND d.state = 'CONFIRMED' AND abs(led.generated - l.generated_t) > 0.0005
			UNION ALL
			SELECT :year, 'DECLARED_DIFFERS', d.site_id, s.region_code, r.waste_code, sum(r.quantity_t),
			       format('%s申报（%s）未列%s，台账记有产生%s吨', d.period_code, d.kind, r.waste_code, sum(r.quantity_t)),
			       format('The %s declaration (%s) lists no %s; the ledger has %s t generated', d.period_code, d.kind,
			              r.waste_code, sum(r.quantity_t))
			FROM waste.declaration d
			JOIN waste.site s ON s.id = d.site_id
			JOIN waste.ledger_record r ON r.site_id = d.site_id AND r.stage = 'GENERATED' AND r.waste_kind = 'HAZARDOUS'
			    AND r.occurred_at >= (d.starts_on::timestamp AT TIME ZONE 'Asia/Shanghai')
			    AND r.occurred_at < ((d.ends_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
			WHERE d.year = :year AND d.state = 'CONFIRMED'
			  AND NOT EXISTS (SELECT 1 FROM waste.declaration_line l
			                  WHERE l.declaration_id = d.id AND l.waste_code = r.waste_code)
			GROUP BY d.id, d.site_id, s.region_code, r.waste_code, d.period_code, d.kind
			""";

}
