package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.LedgerTimes;

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
		// sorts and hashes over a year's records in memory, and plans made for this
		// year's
		// bounds even once the statements are prepared on the connection
		this.jdbc.sql("SET LOCAL work_mem = '64MB'").update();
		this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		java.time.OffsetDateTime from = java.time.LocalDate.of(year, 1, 1)
			.atStartOfDay(LedgerTimes.CHINA)
			.toOffsetDateTime();
		java.time.OffsetDateTime to = java.time.LocalDate.of(year + 1, 1, 1)
			.atStartOfDay(LedgerTimes.CHINA)
			.toOffsetDateTime();
		long balances = timed(phases, "balances", () -> {
			this.jdbc.sql(BalanceSql.BALANCE).param("year", year).param("s", from).param("e", to).update();
			int written = this.jdbc.sql(BalanceSql.BALANCE_INSERT).update();
			this.jdbc.sql("DROP TABLE balance_new").update();
			return written;
		});
		java.time.OffsetDateTime cutoff = this.clock.instant().minus(GRACE).atOffset(java.time.ZoneOffset.UTC);
		long flags = timed(phases, "unbalanced",
				() -> this.jdbc.sql(BalanceSql.UNBALANCED).param("year", year).update());
		flags += timed(phases, "untracked",
				() -> this.jdbc.sql(BalanceSql.GENERATED_UNTRACKED)
					.param("year", year)
					.param("cutoff", cutoff)
					.update());
		flags += timed(phases, "unreceived",
				() -> this.jdbc.sql(BalanceSql.SENT_NOT_RECEIVED).param("year", year).param("cutoff", cutoff).update());
		flags += timed(phases, "without-manifest",
				() -> this.jdbc.sql(BalanceSql.SENT_WITHOUT_MANIFEST).param("year", year).update());
		flags += timed(phases, "capacity",
				() -> this.jdbc.sql(BalanceSql.RECEIVER_OVER_CAPACITY).param("year", year).update());
		flags += timed(phases, "declared",
				() -> this.jdbc.sql(BalanceSql.DECLARED_DIFFERS).param("year", year).update());
		// the rest of the caller's transaction runs with the session's settings again
		this.jdbc.sql("SET LOCAL work_mem TO DEFAULT").update();
		this.jdbc.sql("SET LOCAL plan_cache_mode TO DEFAULT").update();
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

}
