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

/** Management plans (HJ 1259 §5) with their lines, every version kept. */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	public PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A plan version as stored. */
	public record PlanRow(long id, long siteId, int year, int version, String filingNumber, String managementClass,
			String reductionMeasures, String changeReason, String filedBy, OffsetDateTime filedAt, boolean late) {
	}

	/** A plan line with its receiver. */
	public record LineRow(int line, String wasteCode, String wasteName, BigDecimal generationT, BigDecimal storageT,
			BigDecimal ownTreatmentT, String transferType, BigDecimal transferT, Long receiverLicenceId,
			String receiverLicenceNumber, String receiverName) {
	}

	/** A line to store. */
	public record NewLine(String wasteCode, String wasteName, BigDecimal generationT, BigDecimal storageT,
			BigDecimal ownTreatmentT, String transferType, BigDecimal transferT, Long receiverLicenceId) {
	}

	/** A licence's validity and whether it permits a code. */
	public record LicenceCover(String number, LocalDate validFrom, LocalDate validTo, boolean coversCode) {
	}

	private static final String SELECT = """
			SELECT id, site_id, year, version, filing_number, management_class, reduction_measures, change_reason,
			    filed_by, filed_at, late
			FROM waste.management_plan
			""";

	/** Serialises filing within a region and year, so serial numbers never collide. */
	public void lockFiling(String regionCode, int year) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "waste.plan." + regionCode + "." + year)
			.query((rs, n) -> 1)
			.list();
	}

	public List<PlanRow> versions(long siteId, int year) {
		return this.jdbc.sql(SELECT + " WHERE site_id = :site AND year = :year ORDER BY version DESC")
			.param("site", siteId)
			.param("year", year)
			.query(PlanRow.class)
			.list();
	}

	public List<PlanRow> ofSite(long siteId) {
		return this.jdbc.sql(SELECT + " WHERE site_id = :site ORDER BY year DESC, version DESC")
			.param("site", siteId)
			.query(PlanRow.class)
			.list();
	}

	public Optional<PlanRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(PlanRow.class).optional();
	}

	/** How many sites of the region have filed a plan for the year (first versions). */
	public int filedInRegion(String regionCode, int year) {
		return this.jdbc.sql("""
				SELECT count(*) FROM waste.management_plan p JOIN waste.site s ON s.id = p.site_id
				WHERE s.region_code = :region AND p.year = :year AND p.version = 1
				""").param("region", regionCode).param("year", year).query(Integer.class).single();
	}

	public long insert(long siteId, int year, int version, String filingNumber, String managementClass,
			String reductionMeasures, String changeReason, String filedBy, Instant filedAt, boolean late,
			List<NewLine> lines) {
		long id = this.jdbc.sql("""
				INSERT INTO waste.management_plan (site_id, year, version, filing_number, management_class,
				    reduction_measures, change_reason, filed_by, filed_at, late)
				VALUES (:site, :year, :version, :number, :class, :measures, :reason, :by, :at, :late)
				RETURNING id
				""")
			.param("site", siteId)
			.param("year", year)
			.param("version", version)
			.param("number", filingNumber)
			.param("class", managementClass)
			.param("measures", reductionMeasures)
			.param("reason", changeReason)
			.param("by", filedBy)
			.param("at", filedAt.atOffset(ZoneOffset.UTC))
			.param("late", late)
			.query(Long.class)
			.single();
		int n = 1;
		for (NewLine line : lines) {
			this.jdbc.sql("""
					INSERT INTO waste.management_plan_line (plan_id, line, waste_code, waste_name, generation_t,
					    storage_t, own_treatment_t, transfer_type, transfer_t, receiver_licence_id)
					VALUES (:plan, :line, :code, :name, :generation, :storage, :own, :type, :transfer, :receiver)
					""")
				.param("plan", id)
				.param("line", n++)
				.param("code", line.wasteCode())
				.param("name", line.wasteName())
				.param("generation", line.generationT())
				.param("storage", line.storageT())
				.param("own", line.ownTreatmentT())
				.param("type", line.transferType())
				.param("transfer", line.transferT())
				.param("receiver", line.receiverLicenceId())
				.update();
		}
		return id;
	}

	public List<LineRow> lines(long planId) {
		return this.jdbc.sql("""
				SELECT l.line, trim(l.waste_code) AS waste_code, l.waste_name, l.generation_t, l.storage_t,
				    l.own_treatment_t, l.transfer_type, l.transfer_t, l.receiver_licence_id,
				    lic.number AS receiver_licence_number, e.name AS receiver_name
				FROM waste.management_plan_line l
				LEFT JOIN waste.licence lic ON lic.id = l.receiver_licence_id
				LEFT JOIN waste.enterprise e ON e.id = lic.enterprise_id
				WHERE l.plan_id = :plan ORDER BY l.line
				""").param("plan", planId).query(LineRow.class).list();
	}

	public Optional<LicenceCover> licence(long licenceId, String wasteCode) {
		return this.jdbc.sql("""
				SELECT l.number, l.valid_from, l.valid_to,
				    EXISTS (SELECT 1 FROM waste.licence_waste w WHERE w.licence_id = l.id AND w.waste_code = :code)
				        AS covers_code
				FROM waste.licence l WHERE l.id = :id
				""").param("id", licenceId).param("code", wasteCode).query(LicenceCover.class).optional();
	}

}
