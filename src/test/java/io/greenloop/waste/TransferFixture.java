package io.greenloop.waste;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.greenloop.Api;
import io.greenloop.identity.Accounts;
import io.greenloop.identity.Role;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parties of a transfer, written straight into the registry: a producer with a site
 * in 赛罕区 (Hohhot), a licensed operator in 东胜区 (Ordos) permitted 900-041-49 and 900-249-08
 * up to 100 t/a, two carriers with a vehicle each, and an account acting for each (and
 * one for an unrelated enterprise).
 */
final class TransferFixture {

	static final AtomicInteger SERIAL = new AtomicInteger(5000);

	final long sender;

	final long site;

	final long receiver;

	final long licence;

	final long carrier1;

	final long vehicle1;

	final long carrier2;

	final long vehicle2;

	final long carrier1Enterprise;

	final long carrier2Enterprise;

	final String senderUser;

	final String receiverUser;

	final String carrier1User;

	final String carrier2User;

	final String outsiderUser;

	private final JdbcClient jdbc;

	/** The fixture, with the beans it writes through taken from the test's context. */
	TransferFixture(ApplicationContext context) {
		this(context.getBean(JdbcClient.class), context.getBean(Accounts.class), context.getBean(Organisations.class),
				context.getBean(EnterpriseAccess.class));
	}

	TransferFixture(JdbcClient jdbc, Accounts accounts, Organisations organisations, EnterpriseAccess access) {
		this.jdbc = jdbc;
		int n = SERIAL.incrementAndGet();
		this.sender = enterprise("测试产废企业" + n, "150105");
		this.site = jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, region_code, industry_code)
				VALUES (:e, '一号厂区', '150105', 'C2614') RETURNING id""")
			.param("e", this.sender)
			.query(Long.class)
			.single();
		this.receiver = enterprise("测试处置企业" + n, "150602");
		this.licence = jdbc.sql("""
				INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities, annual_capacity_t,
				    catalogue_edition)
				VALUES (:e, :number, '2024-01-01', '2029-12-31', '{DISPOSAL}', 100, '2021') RETURNING id""")
			.param("e", this.receiver)
			.param("number", "内蒙古危废经第T" + n + "号")
			.query(Long.class)
			.single();
		for (String code : List.of("900-041-49", "900-249-08")) {
			jdbc.sql("INSERT INTO waste.licence_waste (licence_id, waste_code) VALUES (:l, :c)")
				.param("l", this.licence)
				.param("c", code)
				.update();
		}
		this.carrier1Enterprise = enterprise("测试运输一公司" + n, "150102");
		this.carrier1 = carrier(this.carrier1Enterprise, "2027-12-31");
		this.vehicle1 = vehicle(this.carrier1, "蒙A" + n + "1", "2027-12-31");
		this.carrier2Enterprise = enterprise("测试运输二公司" + n, "150602");
		this.carrier2 = carrier(this.carrier2Enterprise, "2027-12-31");
		this.vehicle2 = vehicle(this.carrier2, "蒙K" + n + "2", "2027-12-31");
		long outsider = enterprise("无关企业" + n, "150105");
		Organisation organisation = organisations.findOrRegister(RegionCode.of("150100"), "测试企业", "test");
		this.senderUser = account(accounts, access, organisation, "ent-s-" + n, this.sender);
		this.receiverUser = account(accounts, access, organisation, "ent-r-" + n, this.receiver);
		this.carrier1User = account(accounts, access, organisation, "ent-c1-" + n, this.carrier1Enterprise);
		this.carrier2User = account(accounts, access, organisation, "ent-c2-" + n, this.carrier2Enterprise);
		this.outsiderUser = account(accounts, access, organisation, "ent-o-" + n, outsider);
	}

	long enterprise(String name, String region) {
		return this.jdbc.sql("""
				INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at)
				VALUES (:code, :name, :region, 'test', now()) RETURNING id""")
			.param("code", "91%016d".formatted(SERIAL.incrementAndGet()))
			.param("name", name)
			.param("region", region)
			.query(Long.class)
			.single();
	}

	long carrier(long enterprise, String permitValidTo) {
		return this.jdbc.sql("""
				INSERT INTO waste.carrier (enterprise_id, permit_number, permit_valid_to)
				VALUES (:e, :permit, CAST(:to AS date)) RETURNING id""")
			.param("e", enterprise)
			.param("permit", "蒙交运管许可" + SERIAL.incrementAndGet())
			.param("to", permitValidTo)
			.query(Long.class)
			.single();
	}

	long vehicle(long carrier, String plate, String permitValidTo) {
		return this.jdbc.sql("""
				INSERT INTO waste.vehicle (carrier_id, plate, permit_number, permit_valid_to)
				VALUES (:c, :plate, :permit, CAST(:to AS date)) RETURNING id""")
			.param("c", carrier)
			.param("plate", plate)
			.param("permit", "道路运输证" + SERIAL.incrementAndGet())
			.param("to", permitValidTo)
			.query(Long.class)
			.single();
	}

	private static String account(Accounts accounts, EnterpriseAccess access, Organisation organisation,
			String username, long enterprise) {
		accounts.ensure(username, username, Api.DEMO_PASSWORD, organisation, Set.of(Role.ENTERPRISE), false);
		access.addMember(username, enterprise);
		return username;
	}

	/** Files a plan for the site and year listing the codes. */
	void filePlan(int year, String... codes) {
		long plan = this.jdbc.sql("""
				INSERT INTO waste.management_plan (site_id, year, version, filing_number, management_class,
				    filed_by, filed_at)
				VALUES (:site, :year, 1, :filing, 'KEY', 'test', now()) RETURNING id""")
			.param("site", this.site)
			.param("year", year)
			.param("filing", "备案" + SERIAL.incrementAndGet())
			.query(Long.class)
			.single();
		int line = 1;
		for (String code : codes) {
			this.jdbc.sql("""
					INSERT INTO waste.management_plan_line (plan_id, line, waste_code, waste_name, generation_t)
					VALUES (:plan, :line, :code, '废物', 10)""")
				.param("plan", plan)
				.param("line", line++)
				.param("code", code)
				.update();
		}
	}

	/** A draft body: 10 t of 900-041-49 on the tests' day, by the two carriers. */
	Map<String, Object> draft() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("senderSiteId", this.site);
		body.put("receiverLicenceId", this.licence);
		body.put("wasteCode", "900-041-49");
		body.put("wasteName", "含有或沾染毒性危险废物的废弃包装物");
		body.put("hazard", "T/In");
		body.put("form", "固态");
		body.put("packaging", "吨袋");
		body.put("packageCount", 10);
		body.put("quantityTonnes", 10);
		body.put("plannedOn", "2025-11-20");
		List<Map<String, Object>> carriers = new ArrayList<>();
		carriers.add(Map.of("carrierId", this.carrier1, "vehicleId", this.vehicle1));
		carriers.add(Map.of("carrierId", this.carrier2, "vehicleId", this.vehicle2, "handoverPlace", "包头中转站"));
		body.put("carriers", carriers);
		return body;
	}

	static String at(String instant) {
		return Instant.parse(instant).atOffset(ZoneOffset.UTC).toString();
	}

	static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
