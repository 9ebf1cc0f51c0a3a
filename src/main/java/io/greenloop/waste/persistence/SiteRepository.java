package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites with what HJ 1259 §4.2.3 needs, their facilities and contacts, and parks. */
@Repository
public class SiteRepository {

	private final JdbcClient jdbc;

	public SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A site with its enterprise and park. */
	public record SiteRecord(long id, long enterpriseId, String enterpriseName, String enterpriseRegion, String name,
			String regionCode, String industryCode, Long parkId, String parkName, LocalDate operatingSince,
			BigDecimal estimatedHwT, boolean intermittent) {
	}

	/** A facility row. */
	public record FacilityRow(long id, long siteId, String code, String name, String kind, String type,
			BigDecimal capacityT) {
	}

	/** A contact row. */
	public record ContactRow(long id, long enterpriseId, Long siteId, String role, String name, String phone,
			String email) {
	}

	/** A park row. */
	public record ParkRow(long id, String name, String regionCode) {
	}

	public Optional<SiteRecord> find(long siteId) {
		return this.jdbc.sql("""
				SELECT s.id, s.enterprise_id, e.name AS enterprise_name, e.region_code AS enterprise_region, s.name,
				    s.region_code, s.industry_code, s.park_id, p.name AS park_name, s.operating_since,
				    s.estimated_hw_t, s.intermittent
				FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id
				LEFT JOIN waste.park p ON p.id = s.park_id
				WHERE s.id = :id
				""").param("id", siteId).query(SiteRecord.class).optional();
	}

	public void update(long siteId, Long parkId, LocalDate operatingSince, BigDecimal estimatedHwT,
			boolean intermittent) {
		this.jdbc.sql("""
				UPDATE waste.site SET park_id = :park, operating_since = :since, estimated_hw_t = :estimate,
				    intermittent = :intermittent
				WHERE id = :id
				""")
			.param("park", parkId)
			.param("since", operatingSince)
			.param("estimate", estimatedHwT)
			.param("intermittent", intermittent)
			.param("id", siteId)
			.update();
	}

	public List<FacilityRow> facilities(long siteId) {
		return this.jdbc.sql("""
				SELECT id, site_id, code, name, kind, type, capacity_t FROM waste.facility
				WHERE site_id = :site ORDER BY kind, code
				""").param("site", siteId).query(FacilityRow.class).list();
	}

	public boolean facilityCodeTaken(long siteId, String code) {
		return this.jdbc.sql("SELECT count(*) FROM waste.facility WHERE site_id = :site AND code = :code")
			.param("site", siteId)
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	public long insertFacility(long siteId, String code, String name, String kind, String type, BigDecimal capacityT) {
		return this.jdbc.sql("""
				INSERT INTO waste.facility (site_id, code, name, kind, type, capacity_t)
				VALUES (:site, :code, :name, :kind, :type, :capacity) RETURNING id
				""")
			.param("site", siteId)
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("type", type)
			.param("capacity", capacityT)
			.query(Long.class)
			.single();
	}

	public List<ContactRow> contacts(long enterpriseId) {
		return this.jdbc.sql("""
				SELECT id, enterprise_id, site_id, role, name, phone, email FROM waste.contact
				WHERE enterprise_id = :enterprise ORDER BY site_id NULLS FIRST, role, id
				""").param("enterprise", enterpriseId).query(ContactRow.class).list();
	}

	public long insertContact(long enterpriseId, Long siteId, String role, String name, String phone, String email) {
		return this.jdbc.sql("""
				INSERT INTO waste.contact (enterprise_id, site_id, role, name, phone, email)
				VALUES (:enterprise, :site, :role, :name, :phone, :email) RETURNING id
				""")
			.param("enterprise", enterpriseId)
			.param("site", siteId)
			.param("role", role)
			.param("name", name)
			.param("phone", phone)
			.param("email", email)
			.query(Long.class)
			.single();
	}

	public Optional<ParkRow> park(long id) {
		return this.jdbc.sql("SELECT id, name, region_code FROM waste.park WHERE id = :id")
			.param("id", id)
			.query(ParkRow.class)
			.optional();
	}

	public List<ParkRow> parks() {
		return this.jdbc.sql("SELECT id, name, region_code FROM waste.park ORDER BY region_code, name")
			.query(ParkRow.class)
			.list();
	}

	public boolean parkNameTaken(String regionCode, String name) {
		return this.jdbc.sql("SELECT count(*) FROM waste.park WHERE region_code = :region AND name = :name")
			.param("region", regionCode)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public long insertPark(String name, String regionCode) {
		return this.jdbc.sql("INSERT INTO waste.park (name, region_code) VALUES (:name, :region) RETURNING id")
			.param("name", name)
			.param("region", regionCode)
			.query(Long.class)
			.single();
	}

	/** A site lying in a park, with its enterprise. */
	public record ParkSiteRow(long parkId, long siteId, String siteName, long enterpriseId, String enterpriseName,
			String enterpriseRegion) {
	}

	/** The sites lying in a park, of every park; the caller filters by scope. */
	public List<ParkSiteRow> parkSites() {
		return this.jdbc.sql("""
				SELECT s.park_id, s.id AS site_id, s.name AS site_name, e.id AS enterprise_id,
				    e.name AS enterprise_name, e.region_code AS enterprise_region
				FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id
				WHERE s.park_id IS NOT NULL ORDER BY e.name, s.name
				""").query(ParkSiteRow.class).list();
	}

	public Optional<FacilityRow> facility(long id) {
		return this.jdbc
			.sql("SELECT id, site_id, code, name, kind, type, capacity_t FROM waste.facility WHERE id = :id")
			.param("id", id)
			.query(FacilityRow.class)
			.optional();
	}

	/** Corrects a facility's name, kind, type and capacity (its code stays). */
	public void updateFacility(long id, String name, String kind, String type, BigDecimal capacityT) {
		this.jdbc.sql("""
				UPDATE waste.facility SET name = :name, kind = :kind, type = :type, capacity_t = :capacity
				WHERE id = :id
				""")
			.param("name", name)
			.param("kind", kind)
			.param("type", type)
			.param("capacity", capacityT)
			.param("id", id)
			.update();
	}

	public Optional<ContactRow> contact(long id) {
		return this.jdbc
			.sql("SELECT id, enterprise_id, site_id, role, name, phone, email FROM waste.contact WHERE id = :id")
			.param("id", id)
			.query(ContactRow.class)
			.optional();
	}

	/** Corrects a contact's role, name, phone and e-mail. */
	public void updateContact(long id, String role, String name, String phone, String email) {
		this.jdbc
			.sql("UPDATE waste.contact SET role = :role, name = :name, phone = :phone, email = :email WHERE id = :id")
			.param("role", role)
			.param("name", name)
			.param("phone", phone)
			.param("email", email)
			.param("id", id)
			.update();
	}

}
