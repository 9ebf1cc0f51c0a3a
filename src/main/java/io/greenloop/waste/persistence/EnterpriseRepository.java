package io.greenloop.waste.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enterprises and their production sites. */
@Repository
public class EnterpriseRepository {

	private final JdbcClient jdbc;

	public EnterpriseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An enterprise row. */
	public record EnterpriseRow(long id, String creditCode, String name, String regionCode) {
	}

	/** A site row. */
	public record SiteRow(long id, long enterpriseId, String name, String address, String regionCode,
			String industryCode) {
	}

	public boolean creditCodeTaken(String creditCode) {
		return this.jdbc.sql("SELECT count(*) FROM waste.enterprise WHERE credit_code = :code")
			.param("code", creditCode)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(String creditCode, String name, String regionCode, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at)
				VALUES (:code, :name, :region, :by, :at)
				RETURNING id
				""")
			.param("code", creditCode)
			.param("name", name)
			.param("region", regionCode)
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public Optional<EnterpriseRow> find(long id) {
		return this.jdbc.sql("SELECT id, credit_code, name, region_code FROM waste.enterprise WHERE id = :id")
			.param("id", id)
			.query(EnterpriseRow.class)
			.optional();
	}

	/** All enterprises, by name; the caller filters by scope. */
	public List<EnterpriseRow> all() {
		return this.jdbc.sql("SELECT id, credit_code, name, region_code FROM waste.enterprise ORDER BY name, id")
			.query(EnterpriseRow.class)
			.list();
	}

	public boolean siteNameTaken(long enterpriseId, String name) {
		return this.jdbc.sql("SELECT count(*) FROM waste.site WHERE enterprise_id = :id AND name = :name")
			.param("id", enterpriseId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public long insertSite(long enterpriseId, String name, String address, String regionCode, String industryCode) {
		return this.jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, address, region_code, industry_code)
				VALUES (:enterprise, :name, :address, :region, :industry)
				RETURNING id
				""")
			.param("enterprise", enterpriseId)
			.param("name", name)
			.param("address", address)
			.param("region", regionCode)
			.param("industry", industryCode)
			.query(Long.class)
			.single();
	}

	public List<SiteRow> sites(long enterpriseId) {
		return this.jdbc.sql("""
				SELECT id, enterprise_id, name, address, region_code, industry_code
				FROM waste.site WHERE enterprise_id = :id ORDER BY id
				""").param("id", enterpriseId).query(SiteRow.class).list();
	}

	/** Corrects an enterprise's name and region (the credit code is never changed). */
	public void update(long id, String name, String regionCode) {
		this.jdbc.sql("UPDATE waste.enterprise SET name = :name, region_code = :region WHERE id = :id")
			.param("name", name)
			.param("region", regionCode)
			.param("id", id)
			.update();
	}

	public boolean siteNameTakenByOther(long enterpriseId, long siteId, String name) {
		return this.jdbc
			.sql("SELECT count(*) FROM waste.site WHERE enterprise_id = :id AND name = :name AND id <> :site")
			.param("id", enterpriseId)
			.param("name", name)
			.param("site", siteId)
			.query(Long.class)
			.single() > 0;
	}

	/** Corrects a site's name, address, region and industry. */
	public void updateSite(long siteId, String name, String address, String regionCode, String industryCode) {
		this.jdbc.sql("""
				UPDATE waste.site SET name = :name, address = :address, region_code = :region, industry_code = :industry
				WHERE id = :id
				""")
			.param("name", name)
			.param("address", address)
			.param("region", regionCode)
			.param("industry", industryCode)
			.param("id", siteId)
			.update();
	}

}
