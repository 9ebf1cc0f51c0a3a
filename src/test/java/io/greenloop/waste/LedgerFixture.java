package io.greenloop.waste;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sites for ledger tests, written with SQL: an enterprise in 赛罕区 with one site and its
 * facilities (P1 production, S1 storage, D1 disposal, U1 utilisation), and a receiving
 * operator holding a current licence (disposal of 900-041-49 and 900-249-08) and an
 * expired one.
 */
final class LedgerFixture {

	final JdbcClient jdbc;

	final long enterpriseId;

	final long siteId;

	final String licence;

	final String expiredLicence;

	LedgerFixture(JdbcClient jdbc, String region) {
		this.jdbc = jdbc;
		this.enterpriseId = enterprise(region, "台账测试企业");
		this.siteId = site(this.enterpriseId, region);
		long operator = enterprise(region, "处置经营单位");
		int serial = WasteRegistryApiTests.SERIAL.incrementAndGet();
		this.licence = "LIC-" + serial;
		this.expiredLicence = "OLD-" + serial;
		licence(operator, this.licence, "2024-01-01", "2028-12-31", List.of("900-041-49", "900-249-08"));
		licence(operator, this.expiredLicence, "2020-01-01", "2024-12-31", List.of("900-041-49"));
	}

	long enterprise(String region, String name) {
		return this.jdbc.sql("""
				INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at)
				VALUES (:code, :name, :region, 'test', now()) RETURNING id""")
			.param("code", WasteRegistryApiTests.creditCode(region))
			.param("name", name + WasteRegistryApiTests.SERIAL.get())
			.param("region", region)
			.query(Long.class)
			.single();
	}

	long site(long enterprise, String region) {
		long site = this.jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, region_code, industry_code)
				VALUES (:enterprise, :name, :region, 'C2614') RETURNING id""")
			.param("enterprise", enterprise)
			.param("name", "厂区" + WasteRegistryApiTests.SERIAL.incrementAndGet())
			.param("region", region)
			.query(Long.class)
			.single();
		Map<String, String> facilities = new HashMap<>(
				Map.of("P1", "PRODUCTION", "S1", "STORAGE", "D1", "DISPOSAL", "U1", "UTILISATION"));
		facilities.forEach((code, kind) -> this.jdbc.sql("""
				INSERT INTO waste.facility (site_id, code, name, kind) VALUES (:site, :code, :code, :kind)""")
			.param("site", site)
			.param("code", code)
			.param("kind", kind)
			.update());
		return site;
	}

	void licence(long holder, String number, String from, String to, List<String> codes) {
		long id = this.jdbc.sql("""
				INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities,
				    annual_capacity_t, catalogue_edition)
				VALUES (:holder, :number, CAST(:from AS date), CAST(:to AS date), '{STORAGE,DISPOSAL}', 10000, '2021')
				RETURNING id""")
			.param("holder", holder)
			.param("number", number)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		codes.forEach(code -> this.jdbc.sql("INSERT INTO waste.licence_waste VALUES (:id, :code)")
			.param("id", id)
			.param("code", code)
			.update());
	}

	long count(long site) {
		return this.jdbc.sql("SELECT count(*) FROM waste.ledger_record WHERE site_id = :site")
			.param("site", site)
			.query(Long.class)
			.single();
	}

	/** A record as a JSON object, from alternating keys and values. */
	static Map<String, Object> record(Object... keysAndValues) {
		Map<String, Object> record = new HashMap<>();
		record.put("handler", "张三");
		for (int i = 0; i < keysAndValues.length; i += 2) {
			record.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return record;
	}

}
