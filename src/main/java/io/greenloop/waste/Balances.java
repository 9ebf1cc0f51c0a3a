package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The balance (物料平衡) of every site, waste and year, computed from the ledger alone
 * (一数一源): generated, utilised and disposed (own and off-site, with what came from earlier
 * years' storage, 往年贮存), landfilled, stock at the start and end of the year, received
 * from others and forwarded; and the checks on it:
 * <ul>
 * <li>{@code UNBALANCED}: the statistics' identity 产生量 = (综合利用量 − 其中往年贮存量) + 贮存量 + (处置量 −
 * 其中往年贮存量) + 倾倒丢弃量 (REFERENCE.md §7, NBS), taken over the site's own waste as 产生量 = 利用量 +
 * 处置量 + 本年贮存净增量 + 去向不明量, leaves more than 1% (at least 0.1 t) unexplained;</li>
 * <li>{@code GENERATED_UNTRACKED}: a batch generated in the year that, after the grace
 * period, was never stored, used, disposed of or sent off-site (HJ 1259—2022 §6.3 chains
 * every batch);</li>
 * <li>{@code SENT_NOT_RECEIVED}: hazardous waste sent off-site whose manifest no receiver
 * has entered into storage after the grace period;</li>
 * <li>{@code SENT_WITHOUT_MANIFEST}: hazardous waste sent off-site without a manifest
 * (危险废物转移管理办法 第七条), one flag per site and waste with the count and total;</li>
 * <li>{@code RECEIVER_OVER_CAPACITY}: more sent in the year to a licence than its
 * permitted annual capacity;</li>
 * <li>{@code DECLARED_DIFFERS}: a confirmed declaration (申报, HJ 1259—2022 §7) whose
 * generated quantity of a waste is no longer what the ledger says for its period (records
 * entered or back-dated after it was confirmed).</li>
 * </ul>
 * A year is recomputed as a whole, in one transaction, with set-based SQL.
 */
@Service
public class Balances {

	/**
	 * How long a generated batch may wait for its next step, or a transfer for receipt.
	 */
	static final Duration GRACE = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	Balances(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a recomputation did.
	 *
	 * @param millis how long it took in all
	 * @param phases how long each statement took (ms), in order
	 */
	public record Run(int year, long sites, long balances, long flags, long records, long millis,
			Map<String, Long> phases) {
	}

	/** Recomputes the balances and flags of a year from the ledger. */
	@Transactional
	public Run recompute(int year) {
		long started = System.nanoTime();
		// one recomputation of a year at a time (the refresh, the nightly run, a
		// reviewer's request)
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(20211130, :year)")
			.param("year", year)
			.query(Integer.class)
			.single();
		Map<String, Long> phases = new LinkedHashMap<>();
		timed(phases, "delete",
				() -> this.jdbc.sql("DELETE FROM waste.balance_flag WHERE year = :year").param("year", year).update()
						+ this.jdbc.sql("DELETE FROM waste.balance WHERE year = :year").param("year", year).update());
		long balances = timed(phases, "balances", () -> this.jdbc.sql(BALANCE).param("year", year).update());
		java.time.OffsetDateTime cutoff = this.clock.instant().minus(GRACE).atOffset(java.time.ZoneOffset.UTC);
		long flags = timed(phases, "unbalanced", () -> this.jdbc.sql(UNBALANCED).param("year", year).update());
		flags += timed(phases, "untracked",
				() -> this.jdbc.sql(GENERATED_UNTRACKED).param("year", year).param("cutoff", cutoff).update());
		flags += timed(phases, "unreceived",
				() -> this.jdbc.sql(SENT_NOT_RECEIVED).param("year", year).param("cutoff", cutoff).update());
		flags += timed(phases, "without-manifest",
				() -> this.jdbc.sql(SENT_WITHOUT_MANIFEST).param("year", year).update());
		flags += timed(phases, "capacity", () -> this.jdbc.sql(RECEIVER_OVER_CAPACITY).param("year", year).update());
		flags += timed(phases, "declared", () -> this.jdbc.sql(DECLARED_DIFFERS).param("year", year).update());
		long records = this.jdbc.sql("""
				SELECT count(*) FROM waste.ledger_record
				WHERE occurred_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
				  AND occurred_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')""")
			.param("year", year)
			.query(Long.class)
			.single();
		long sites = this.jdbc.sql("SELECT count(DISTINCT site_id) FROM waste.balance WHERE year = :year")
			.param("year", year)
			.query(Long.class)
			.single();
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.jdbc
			.sql("""
					INSERT INTO waste.balance_run (year, computed_at, records, millis) VALUES (:year, :at, :records, :millis)
					ON CONFLICT (year) DO UPDATE SET computed_at = :at, records = :records, millis = :millis""")
			.param("year", year)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("records", records)
			.param("millis", millis)
			.update();
		return new Run(year, sites, balances, flags, records, millis, phases);
	}

	private static int timed(Map<String, Long> phases, String name, java.util.function.IntSupplier work) {
		long started = System.nanoTime();
		int count = work.getAsInt();
		phases.put(name, (System.nanoTime() - started) / 1_000_000);
		return count;
	}

	/** The years the ledger has records in, oldest first. */
	public List<Integer> ledgerYears() {
		return this.jdbc.sql("""
				SELECT DISTINCT extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS y
				FROM waste.ledger_record ORDER BY y""").query(Integer.class).list();
	}

	/**
	 * The balances of a year within a region and the regions below, by site and waste.
	 */
	public List<Balance> of(String regionCode, int year) {
		return this.jdbc
			.sql("""
					SELECT b.*, s.name AS site_name, e.name AS enterprise_name
					FROM waste.balance b JOIN waste.site s ON s.id = b.site_id JOIN waste.enterprise e ON e.id = s.enterprise_id
					WHERE b.year = :year AND b.region_code LIKE :prefix
					ORDER BY e.name, s.name, b.waste_kind, b.waste_code""")
			.param("year", year)
			.param("prefix", RegionCode.of(regionCode).scopePrefix() + "%")
			.query((rs, n) -> new Balance(rs.getInt("year"), rs.getLong("site_id"), rs.getString("enterprise_name"),
					rs.getString("site_name"), rs.getString("region_code"), rs.getString("industry_code"),
					rs.getBoolean("industrial"), rs.getString("waste_kind"), rs.getString("waste_code"),
					rs.getBigDecimal("generated_t"), rs.getBigDecimal("own_utilised_t"),
					rs.getBigDecimal("own_disposed_t"), rs.getBigDecimal("offsite_utilised_t"),
					rs.getBigDecimal("offsite_disposed_t"), rs.getBigDecimal("landfilled_t"),
					rs.getBigDecimal("prior_utilised_t"), rs.getBigDecimal("prior_disposed_t"),
					rs.getBigDecimal("own_opening_t"), rs.getBigDecimal("own_closing_t"),
					rs.getBigDecimal("received_t"), rs.getBigDecimal("treated_received_t"),
					rs.getBigDecimal("forwarded_t"), rs.getBigDecimal("opening_t"), rs.getBigDecimal("closing_t")))
			.list();
	}

	/** The flags of a year within a region and the regions below. */
	public List<Flag> flags(String regionCode, int year) {
		return this.jdbc.sql("""
				SELECT f.*, s.name AS site_name FROM waste.balance_flag f LEFT JOIN waste.site s ON s.id = f.site_id
				WHERE f.year = :year AND f.region_code LIKE :prefix ORDER BY f.kind, f.id""")
			.param("year", year)
			.param("prefix", RegionCode.of(regionCode).scopePrefix() + "%")
			.query((rs, n) -> new Flag(rs.getLong("id"), rs.getInt("year"), rs.getString("kind"),
					(Long) rs.getObject("site_id"), rs.getString("site_name"), (Long) rs.getObject("licence_id"),
					rs.getString("region_code"), rs.getString("waste_code"), rs.getString("batch_code"),
					rs.getBigDecimal("quantity_t"), rs.getString("message_zh"), rs.getString("message_en")))
			.list();
	}

	/**
	 * One site's balance of one waste in a year (tonnes).
	 *
	 * @param industrial whether the site is 工业 (GB/T 4754 sections B–D)
	 * @param prior of the utilisation and disposal, what came from earlier years
	 */
	public record Balance(int year, long siteId, String enterpriseName, String siteName, String regionCode,
			String industryCode, boolean industrial, String wasteKind, String wasteCode, BigDecimal generated,
			BigDecimal ownUtilised, BigDecimal ownDisposed, BigDecimal offsiteUtilised, BigDecimal offsiteDisposed,
			BigDecimal landfilled, BigDecimal priorUtilised, BigDecimal priorDisposed, BigDecimal ownOpening,
			BigDecimal ownClosing, BigDecimal received, BigDecimal treatedReceived, BigDecimal forwarded,
			BigDecimal opening, BigDecimal closing) {

		public BigDecimal utilised() {
			return this.ownUtilised.add(this.offsiteUtilised);
		}

		public BigDecimal disposed() {
			return this.ownDisposed.add(this.offsiteDisposed);
		}

		/**
		 * Sent off-site: own waste utilised or disposed elsewhere, and received waste
		 * sent on.
		 */
		public BigDecimal transferredOut() {
			return this.offsiteUtilised.add(this.offsiteDisposed).add(this.forwarded);
		}

		/** 产生量 − 利用量 − 处置量 − 本年贮存净增量: what the ledger does not explain. */
		public BigDecimal unaccounted() {
			return this.generated.subtract(utilised())
				.subtract(disposed())
				.subtract(this.ownClosing.subtract(this.ownOpening));
		}

	}

	/** A problem the checks found. */
	public record Flag(long id, int year, String kind, Long siteId, String siteName, Long licenceId, String regionCode,
			String wasteCode, String batchCode, BigDecimal quantity, String messageZh, String messageEn) {
	}

	/** The year's bounds in China's time, as a row (s, e). */
	private static final String YEAR = """
			(SELECT make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS s,
			        make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai') AS e)""";

	/*
	 * Each record with its origin: received (its chain starts at a STORED_IN that names a
	 * transfer manifest) or the site's own; and, for utilisation and disposal, whether it
	 * came from an earlier year (the generation or the entry into storage it comes from
	 * happened before the year).
	 */
	private static final String BALANCE = """
			INSERT INTO waste.balance (year, site_id, waste_kind, waste_code, region_code, industry_code, industrial,
			    demo, generated_t, own_utilised_t, own_disposed_t, offsite_utilised_t, offsite_disposed_t, landfilled_t,
			    prior_utilised_t, prior_disposed_t, own_opening_t, own_closing_t, received_t, treated_received_t,
			    forwarded_t, opening_t, closing_t)
			WITH b AS {YEAR},
			-- each record with its origin, joined only where a stage needs it: received (its chain starts at a
			-- STORED_IN naming a manifest) or the site's own; for utilisation and disposal, whether it came from an
			-- earlier year. Before the year only what moves the stock counts.
			r AS (
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t AS q, r.treatment, false AS landfill,
			           r.occurred_at >= b.s AS in_year, r.manifest_number IS NOT NULL AS received, false AS prior
			    FROM waste.ledger_record r CROSS JOIN b
			    WHERE r.occurred_at < b.e
			      AND (r.stage = 'STORED_IN' OR (r.stage = 'GENERATED' AND r.occurred_at >= b.s))
			    UNION ALL
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t, r.treatment, false,
			           r.occurred_at >= b.s, src_in.manifest_number IS NOT NULL, false
			    FROM waste.ledger_record r CROSS JOIN b
			    LEFT JOIN waste.ledger_record src_in ON src_in.site_id = r.site_id AND src_in.stage = 'STORED_IN'
			         AND src_in.batch_code = r.source_batch_code
			    WHERE r.stage = 'STORED_OUT' AND r.occurred_at < b.e
			    UNION ALL
			    SELECT r.site_id, r.waste_kind, r.waste_code, r.stage, r.quantity_t, r.treatment,
			           upper(coalesce(r.method, '')) = 'D1', true, via_in.manifest_number IS NOT NULL,
			           coalesce(coalesce(gen.occurred_at, via_in.occurred_at) < b.s, false)
			    FROM waste.ledger_record r CROSS JOIN b
			    LEFT JOIN waste.ledger_record gen ON gen.site_id = r.site_id AND gen.stage = 'GENERATED'
			         AND gen.batch_code = r.source_batch_code AND coalesce(r.source_stage, 'GENERATED') = 'GENERATED'
			    LEFT JOIN waste.ledger_record via_out ON via_out.site_id = r.site_id AND via_out.stage = 'STORED_OUT'
			         AND via_out.batch_code = r.source_batch_code AND coalesce(r.source_stage, 'STORED_OUT') = 'STORED_OUT'
			    LEFT JOIN waste.ledger_record via_in ON via_in.site_id = via_out.site_id AND via_in.stage = 'STORED_IN'
			         AND via_in.batch_code = via_out.source_batch_code
			    WHERE r.stage IN ('OWN_TREATMENT', 'OFF_SITE') AND r.occurred_at >= b.s AND r.occurred_at < b.e
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
			SELECT :year, t.site_id, t.waste_kind, t.waste_code, s.region_code, s.industry_code,
			       substring(regexp_replace(s.industry_code, '^[A-T]', '') FROM 1 FOR 2)::int BETWEEN 6 AND 46,
			       e.demo, generated, own_utilised, own_disposed, offsite_utilised, offsite_disposed, landfilled,
			       prior_utilised, prior_disposed, own_opening, own_closing, received_q, treated_received, forwarded,
			       opening, closing
			FROM t JOIN waste.site s ON s.id = t.site_id JOIN waste.enterprise e ON e.id = s.enterprise_id
			WHERE t.active OR t.closing <> 0
			"""
		.replace("{YEAR}", YEAR);

	private static final String UNBALANCED = """
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

	private static final String GENERATED_UNTRACKED = """
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

	private static final String SENT_NOT_RECEIVED = """
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
	private static final String SENT_WITHOUT_MANIFEST = """
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

	private static final String RECEIVER_OVER_CAPACITY = """
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
	 * period.
	 */
	private static final String DECLARED_DIFFERS = """
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
			""";

}
