package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the HJ 1259 §4.2 class of a site is judged on (ledger generation per year, own
 * treatment facilities, licences), and administrators' overrides.
 */
@Repository
public class ClassRepository {

	/** Years of the ledger are calendar years in China's time. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	public ClassRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An override as stored. */
	public record OverrideRow(String managementClass, String note, String decidedBy, OffsetDateTime decidedAt) {
	}

	/**
	 * Hazardous waste generated at the site per calendar year, from one year to another.
	 */
	public Map<Integer, BigDecimal> generatedByYear(long siteId, int fromYear, int toYear) {
		return this.jdbc.sql("""
				SELECT extract(year FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS year, sum(quantity_t) AS t
				FROM waste.ledger_record
				WHERE site_id = :site AND stage = 'GENERATED' AND waste_kind = 'HAZARDOUS'
				  AND occurred_at >= :from AND occurred_at < :to
				GROUP BY 1
				""")
			.param("site", siteId)
			.param("from", startOf(fromYear))
			.param("to", startOf(toYear + 1))
			.query((rs, n) -> Map.entry(rs.getInt("year"), rs.getBigDecimal("t")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public boolean hasOwnTreatmentFacility(long siteId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM waste.facility WHERE site_id = :site AND kind IN ('UTILISATION', 'DISPOSAL')
				""").param("site", siteId).query(Long.class).single() > 0;
	}

	public boolean hasFacilities(long siteId) {
		return this.jdbc.sql("SELECT count(*) FROM waste.facility WHERE site_id = :site")
			.param("site", siteId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the enterprise holds a licence valid on some day of the year. */
	public boolean licensedIn(long enterpriseId, int year) {
		return this.jdbc.sql("""
				SELECT count(*) FROM waste.licence
				WHERE enterprise_id = :enterprise AND valid_from <= :last AND valid_to >= :first
				""")
			.param("enterprise", enterpriseId)
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single() > 0;
	}

	public Optional<OverrideRow> override(long siteId, int year) {
		return this.jdbc.sql("""
				SELECT class AS management_class, note, decided_by, decided_at FROM waste.class_override
				WHERE site_id = :site AND year = :year
				""").param("site", siteId).param("year", year).query(OverrideRow.class).optional();
	}

	public void saveOverride(long siteId, int year, String managementClass, String note, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waste.class_override (site_id, year, class, note, decided_by, decided_at)
				VALUES (:site, :year, :class, :note, :by, :at)
				ON CONFLICT (site_id, year) DO UPDATE
				SET class = excluded.class, note = excluded.note, decided_by = excluded.decided_by,
				    decided_at = excluded.decided_at
				""")
			.param("site", siteId)
			.param("year", year)
			.param("class", managementClass)
			.param("note", note)
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public int deleteOverride(long siteId, int year) {
		return this.jdbc.sql("DELETE FROM waste.class_override WHERE site_id = :site AND year = :year")
			.param("site", siteId)
			.param("year", year)
			.update();
	}

	/** The first instant of a calendar year in China. */
	public static OffsetDateTime startOf(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toOffsetDateTime();
	}

}
