package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declarations (申报, HJ 1259 §7) and their lines, summed from the ledger. */
@Repository
public class DeclarationRepository {

	private static final String SELECT = """
			SELECT d.id, d.site_id, s.name AS site_name, e.name AS enterprise_name, s.region_code, d.kind,
			    d.period_code, d.year, d.starts_on, d.ends_on, d.due_on, d.management_class, d.state,
			    d.generated_at, d.confirmed_by, d.confirmed_at, d.late
			FROM waste.declaration d JOIN waste.site s ON s.id = d.site_id
			JOIN waste.enterprise e ON e.id = s.enterprise_id
			""";

	private final JdbcClient jdbc;

	public DeclarationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A declaration as stored, with its site. */
	public record DeclarationRow(long id, long siteId, String siteName, String enterpriseName, String regionCode,
			String kind, String periodCode, int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
			String managementClass, String state, OffsetDateTime generatedAt, String confirmedBy,
			OffsetDateTime confirmedAt, boolean late) {
	}

	/** A waste code's figures for a period (t). */
	public record LineRow(String wasteCode, String wasteName, BigDecimal generatedT, BigDecimal ownUtilisedT,
			BigDecimal ownDisposedT, BigDecimal offSiteUtilisedT, BigDecimal offSiteDisposedT,
			BigDecimal storedOpeningT, BigDecimal storedClosingT) {
	}

	public List<DeclarationRow> ofSite(long siteId) {
		return this.jdbc.sql(SELECT + " WHERE d.site_id = :site ORDER BY d.starts_on DESC, d.kind")
			.param("site", siteId)
			.query(DeclarationRow.class)
			.list();
	}

	public Optional<DeclarationRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DeclarationRow.class).optional();
	}

	public Optional<DeclarationRow> find(long siteId, String periodCode) {
		return this.jdbc.sql(SELECT + " WHERE d.site_id = :site AND d.period_code = :period")
			.param("site", siteId)
			.param("period", periodCode)
			.query(DeclarationRow.class)
			.optional();
	}

	/**
	 * Sites known to produce hazardous waste: with a filed plan or a hazardous ledger
	 * record.
	 */
	public List<Long> producingSites() {
		return this.jdbc.sql("""
				SELECT DISTINCT site_id FROM waste.management_plan
				UNION SELECT DISTINCT site_id FROM waste.ledger_record WHERE waste_kind = 'HAZARDOUS'
				ORDER BY 1
				""").query(Long.class).list();
	}

	/**
	 * Inserts a declaration, or answers the one a concurrent generation inserted first.
	 */
	public long insert(long siteId, String kind, String periodCode, int year, LocalDate startsOn, LocalDate endsOn,
			LocalDate dueOn, String managementClass, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO waste.declaration (site_id, kind, period_code, year, starts_on, ends_on, due_on,
				    management_class, state, generated_at)
				VALUES (:site, :kind, :period, :year, :starts, :ends, :due, :class, 'GENERATED', :at)
				ON CONFLICT (site_id, period_code) DO UPDATE SET site_id = excluded.site_id
				RETURNING id
				""")
			.param("site", siteId)
			.param("kind", kind)
			.param("period", periodCode)
			.param("year", year)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("due", dueOn)
			.param("class", managementClass)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * Replaces a generated declaration's lines with the ledger's figures for its period.
	 */
	public void refresh(long declarationId, long siteId, LocalDate startsOn, LocalDate endsOn, Instant at) {
		this.jdbc.sql("DELETE FROM waste.declaration_line WHERE declaration_id = :id")
			.param("id", declarationId)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO waste.declaration_line (declaration_id, waste_code, waste_name, generated_t,
					    own_utilised_t, own_disposed_t, off_site_utilised_t, off_site_disposed_t, stored_opening_t,
					    stored_closing_t)
					SELECT :id, waste_code, min(waste_name),
					    coalesce(sum(quantity_t) FILTER (WHERE inside AND stage = 'GENERATED'), 0),
					    coalesce(sum(quantity_t) FILTER (WHERE inside AND stage = 'OWN_TREATMENT'
					        AND treatment = 'UTILISATION'), 0),
					    coalesce(sum(quantity_t) FILTER (WHERE inside AND stage = 'OWN_TREATMENT'
					        AND treatment IS DISTINCT FROM 'UTILISATION'), 0),
					    coalesce(sum(quantity_t) FILTER (WHERE inside AND stage = 'OFF_SITE' AND treatment = 'UTILISATION'), 0),
					    coalesce(sum(quantity_t) FILTER (WHERE inside AND stage = 'OFF_SITE'
					        AND treatment IS DISTINCT FROM 'UTILISATION'), 0),
					    coalesce(sum(stock) FILTER (WHERE NOT inside), 0),
					    coalesce(sum(stock), 0)
					FROM (SELECT waste_code, waste_name, stage, treatment, quantity_t, occurred_at >= :from AS inside,
					          CASE stage WHEN 'STORED_IN' THEN quantity_t WHEN 'STORED_OUT' THEN -quantity_t ELSE 0 END
					              AS stock
					      FROM waste.ledger_record
					      WHERE site_id = :site AND waste_kind = 'HAZARDOUS' AND occurred_at < :to) r
					GROUP BY waste_code
					HAVING bool_or(inside) OR sum(stock) <> 0
					""")
			.param("id", declarationId)
			.param("site", siteId)
			.param("from", startsOn.atStartOfDay(ClassRepository.CHINA).toOffsetDateTime())
			.param("to", endsOn.plusDays(1).atStartOfDay(ClassRepository.CHINA).toOffsetDateTime())
			.update();
		this.jdbc.sql("UPDATE waste.declaration SET generated_at = :at WHERE id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", declarationId)
			.update();
	}

	public List<LineRow> lines(long declarationId) {
		return this.jdbc.sql("""
				SELECT waste_code, waste_name, generated_t, own_utilised_t, own_disposed_t, off_site_utilised_t,
				    off_site_disposed_t, stored_opening_t, stored_closing_t
				FROM waste.declaration_line WHERE declaration_id = :id ORDER BY waste_code
				""").param("id", declarationId).query(LineRow.class).list();
	}

	/** Confirms a generated declaration; false if it was confirmed already. */
	public boolean confirm(long id, String by, Instant at, boolean late) {
		return this.jdbc.sql("""
				UPDATE waste.declaration SET state = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at, late = :late
				WHERE id = :id AND state = 'GENERATED'
				""")
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("late", late)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Generated declarations due before the day and not yet announced; marks them
	 * announced.
	 */
	public List<DeclarationRow> takeOverdue(LocalDate today, Instant at) {
		List<DeclarationRow> overdue = this.jdbc.sql(SELECT + """
				 WHERE d.state = 'GENERATED' AND d.due_on < :today AND d.overdue_notified_at IS NULL
				ORDER BY d.due_on, d.id FOR UPDATE OF d
				""").param("today", today).query(DeclarationRow.class).list();
		for (DeclarationRow row : overdue) {
			this.jdbc.sql("UPDATE waste.declaration SET overdue_notified_at = :at WHERE id = :id")
				.param("at", at.atOffset(ZoneOffset.UTC))
				.param("id", row.id())
				.update();
		}
		return overdue;
	}

}
