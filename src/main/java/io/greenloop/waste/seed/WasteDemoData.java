package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import io.greenloop.region.Region;
import io.greenloop.region.Regions;
import io.greenloop.shared.CsvCopy;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.WorkingDays;
import io.greenloop.waste.domain.CreditCode;
import io.greenloop.waste.domain.WasteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration waste data (演示数据): enterprises of several cities with their sites and
 * facilities, licensed operators, carriers with vehicles, and five years of ledgers in
 * which hazardous waste is generated, stored, taken out and sent to an operator of the
 * same city under a transfer manifest, which the operator stores and treats; general
 * industrial solid waste by the sites' industries, partly utilised and the rest stored.
 * Every enterprise is marked {@code demo}. Deterministic for a given seed. A few
 * anomalies are planted for the checks to find: five generated batches that go nowhere,
 * three manifests no receiver stores, and one operator whose licence is too small for
 * what it received in 2023.
 */
@Component
public class WasteDemoData {

	private static final Logger log = LoggerFactory.getLogger(WasteDemoData.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * Hazardous wastes the demonstration sites produce, if the 名录 in force lists them.
	 */
	static final List<String> HAZARDOUS = List.of("900-249-08", "900-214-08", "900-041-49", "900-039-49", "900-047-49",
			"772-003-18", "261-084-45", "251-002-08");

	/** The years of demonstration ledgers. */
	static final int FIRST_YEAR = 2021;

	static final int PLANTED_UNTRACKED = 5;

	static final int PLANTED_UNRECEIVED = 3;

	/** Manifests whose receiver weighed 10% less than was sent. */
	static final int PLANTED_WEIGHT = 5;

	/**
	 * The industries of producers: GB/T 4754—2017 code, name and general waste stream.
	 */
	private record Industry(String code, String name, String stream, int monthlyTonnes) {
	}

	private static final List<Industry> INDUSTRIES = List.of(new Industry("B0610", "煤业", "COAL_GANGUE", 12_000),
			new Industry("D4411", "热电", "FLY_ASH", 9_000), new Industry("C2614", "化工", "GASIFICATION_SLAG", 4_000),
			new Industry("C3140", "硅铁合金", "SMELTING_SLAG", 3_000), new Industry("C2710", "制药", "OTHER_INDUSTRIAL", 60),
			new Industry("C1441", "乳业", "OTHER_INDUSTRIAL", 40), new Industry("C3011", "水泥", "FURNACE_SLAG", 800),
			new Industry("D4411", "发电", "DESULFURIZATION_GYPSUM", 2_500));

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Regions regions;

	private final WasteCatalogue catalogue;

	private final Clock clock;

	private final DemoManifests manifestRows;

	WasteDemoData(JdbcClient jdbc, DataSource dataSource, Regions regions, WasteCatalogue catalogue, Clock clock,
			WorkingDays workingDays) {
		this.manifestRows = new DemoManifests(jdbc, dataSource, catalogue, workingDays, clock);
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.regions = regions;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** What was made. */
	/**
	 * What was made; {@code producer}, {@code operator} and {@code carrier} are one
	 * enterprise of each kind in the first city, for the demonstration accounts.
	 */
	public record Made(int enterprises, int sites, int licences, int carriers, long ledgerRecords, int manifests,
			long producer, long operator, long carrier) {
	}

	/** Whether demonstration enterprises exist. */
	public boolean exists() {
		return this.jdbc.sql("SELECT count(*) FROM waste.enterprise WHERE demo").query(Long.class).single() > 0;
	}

	/**
	 * Removes every demonstration enterprise and all that hangs off it: sites,
	 * facilities, contacts, members, licences, carriers and vehicles, plans,
	 * declarations, ledgers, balances, the manifests any of them is a party to (with
	 * their carriers, signatures, events, corrections, alerts and ledger links) and
	 * transfer approvals. Answers how many enterprises went.
	 */
	@Transactional
	public int remove() {
		int enterprises = this.jdbc.sql("SELECT count(*) FROM waste.enterprise WHERE demo")
			.query(Integer.class)
			.single();
		if (enterprises == 0) {
			return 0;
		}
		for (String sql : REMOVAL) {
			this.jdbc.sql(sql).update();
		}
		return enterprises;
	}

	private static final String DEMO_E = "(SELECT id FROM waste.enterprise WHERE demo)";

	private static final String DEMO_S = "(SELECT id FROM waste.site WHERE enterprise_id IN " + DEMO_E + ")";

	private static final String DEMO_L = "(SELECT id FROM waste.licence WHERE enterprise_id IN " + DEMO_E + ")";

	private static final String DEMO_M = "(SELECT id FROM waste.manifest WHERE sender_enterprise_id IN " + DEMO_E
			+ " OR receiver_enterprise_id IN " + DEMO_E + " OR consignor_enterprise_id IN " + DEMO_E
			+ " OR id IN (SELECT mc.manifest_id FROM waste.manifest_carrier mc JOIN waste.carrier c"
			+ " ON c.id = mc.carrier_id WHERE c.enterprise_id IN " + DEMO_E + "))";

	private static final List<String> REMOVAL = List.of(
			"CREATE TEMPORARY TABLE demo_manifest ON COMMIT DROP AS " + DEMO_M,
			"DELETE FROM waste.manifest_ledger WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.transfer_alert WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_event WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_signature WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_correction_confirmation WHERE correction_id IN (SELECT id FROM "
					+ "waste.manifest_correction WHERE manifest_id IN (SELECT id FROM demo_manifest))",
			"DELETE FROM waste.manifest_correction WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_carrier WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest WHERE id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.transfer_approval WHERE sender_enterprise_id IN " + DEMO_E
					+ " OR receiver_enterprise_id IN " + DEMO_E,
			"DELETE FROM waste.manifest_ledger WHERE sender_record_id IN (SELECT id FROM waste.ledger_record "
					+ "WHERE site_id IN " + DEMO_S + ") OR receiver_record_id IN (SELECT id FROM waste.ledger_record "
					+ "WHERE site_id IN " + DEMO_S + ")",
			"DELETE FROM waste.balance_flag WHERE site_id IN " + DEMO_S + " OR licence_id IN " + DEMO_L,
			"DELETE FROM waste.balance WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.declaration_line WHERE declaration_id IN (SELECT id FROM waste.declaration "
					+ "WHERE site_id IN " + DEMO_S + ")",
			"DELETE FROM waste.declaration WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.class_override WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.management_plan_line WHERE plan_id IN (SELECT id FROM waste.management_plan "
					+ "WHERE site_id IN " + DEMO_S + ") OR receiver_licence_id IN " + DEMO_L,
			"DELETE FROM waste.management_plan WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.ledger_request WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.ledger_record WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.facility WHERE site_id IN " + DEMO_S,
			"DELETE FROM waste.contact WHERE enterprise_id IN " + DEMO_E,
			"DELETE FROM waste.vehicle WHERE carrier_id IN (SELECT id FROM waste.carrier WHERE enterprise_id IN "
					+ DEMO_E + ")",
			"DELETE FROM waste.carrier WHERE enterprise_id IN " + DEMO_E,
			"DELETE FROM waste.licence_waste WHERE licence_id IN " + DEMO_L,
			"DELETE FROM waste.licence WHERE enterprise_id IN " + DEMO_E,
			"DELETE FROM waste.enterprise_member WHERE enterprise_id IN " + DEMO_E,
			"DELETE FROM waste.site WHERE enterprise_id IN " + DEMO_E, "DELETE FROM waste.enterprise WHERE demo");

	private static final class Party {

		long enterprise;

		long site;

		String name;

		String city;

		String region;

		Industry industry;

		List<String> codes = new ArrayList<>();

		String licence;

		long licenceId;

		boolean ownDisposal;

		boolean only2023;

	}

	/**
	 * Makes the demonstration data of the cities, up to today.
	 * @param cities prefecture codes, such as 150100 and 150600
	 * @param enterprises how many enterprises (a tenth operators, a twentieth carriers,
	 * at least two and one)
	 * @param manifests how many transfer manifests over the years
	 */
	@Transactional
	public Made make(List<String> cities, int enterprises, int manifests, long seed) {
		Random random = new Random(seed);
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		List<String> codes = HAZARDOUS.stream()
			.filter(code -> this.catalogue.find(WasteCode.of(code)).isPresent())
			.toList();
		int operatorCount = Math.max(2 * cities.size(), enterprises / 10);
		int carrierCount = Math.max(cities.size(), enterprises / 20);
		int producerCount = Math.max(cities.size(), enterprises - operatorCount - carrierCount);
		Map<String, List<Party>> operatorsByCity = new HashMap<>();
		List<Party> producers = new ArrayList<>();
		int serial = (int) (this.jdbc.sql("SELECT count(*) FROM waste.enterprise").query(Long.class).single() + 1);
		int licences = 0;
		for (int i = 0; i < operatorCount; i++) {
			String city = cities.get(i % cities.size());
			Party operator = party(city, "环保科技", "N7724", serial++, random);
			operator.licence = "蒙危经%s第%04d号".formatted(city.substring(0, 4), serial);
			boolean small = (i == 0);
			operator.only2023 = small;
			long licence = this.jdbc.sql("""
					INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities,
					    annual_capacity_t, catalogue_edition)
					VALUES (:e, :n, DATE '2019-01-01', DATE '2028-12-31', ARRAY['COLLECTION', 'STORAGE', 'UTILISATION',
					    'DISPOSAL'], :cap, :edition) RETURNING id""")
				.param("e", operator.enterprise)
				.param("n", operator.licence)
				.param("cap", small ? new BigDecimal("300") : new BigDecimal("200000"))
				.param("edition", this.catalogue.current().name())
				.query(Long.class)
				.single();
			operator.licenceId = licence;
			for (String code : codes) {
				this.jdbc.sql("INSERT INTO waste.licence_waste (licence_id, waste_code) VALUES (:l, :c)")
					.param("l", licence)
					.param("c", code)
					.update();
			}
			facility(operator.site, "CC-01", "危废贮存库", "STORAGE", "贮存库", 2_000);
			facility(operator.site, "CZ-01", "焚烧处置线", "DISPOSAL", "焚烧", 30_000);
			facility(operator.site, "TM-01", "安全填埋场", "DISPOSAL", "填埋", 50_000);
			facility(operator.site, "LY-01", "废矿物油再生线", "UTILISATION", "再生利用", 20_000);
			operatorsByCity.computeIfAbsent(city, k -> new ArrayList<>()).add(operator);
			licences++;
		}
		Map<String, List<long[]>> vehicles = new HashMap<>();
		for (int i = 0; i < carrierCount; i++) {
			String city = cities.get(i % cities.size());
			Party carrier = party(city, "危货运输", "G5435", serial++, random);
			long id = this.jdbc.sql("""
					INSERT INTO waste.carrier (enterprise_id, permit_number, permit_valid_to)
					VALUES (:e, :p, DATE '2028-12-31') RETURNING id""")
				.param("e", carrier.enterprise)
				.param("p", "蒙交运管许可危字%s%05d号".formatted(city.substring(2, 4), serial))
				.query(Long.class)
				.single();
			String prefix = city.startsWith("1506") ? "蒙K" : city.startsWith("1501") ? "蒙A" : "蒙B";
			for (int v = 0; v < 3; v++) {
				long vehicle = this.jdbc.sql("""
						INSERT INTO waste.vehicle (carrier_id, plate, permit_number, permit_valid_to)
						VALUES (:c, :plate, :permit, DATE '2027-06-30') RETURNING id""")
					.param("c", id)
					.param("plate", "%s·D%04d%d".formatted(prefix, serial % 10_000, v))
					.param("permit", "蒙交运证%s%06d".formatted(city.substring(2, 4), serial * 10 + v))
					.query(Long.class)
					.single();
				vehicles.computeIfAbsent(city, k -> new ArrayList<>())
					.add(new long[] { id, vehicle, carrier.enterprise });
			}
		}
		for (int i = 0; i < producerCount; i++) {
			Industry industry = INDUSTRIES.get(i % INDUSTRIES.size());
			String city = cities.get(i % cities.size());
			Party producer = party(city, industry.name(), industry.code(), serial++, random);
			producer.industry = industry;
			producer.codes.add(codes.get(random.nextInt(codes.size())));
			if (random.nextBoolean()) {
				producer.codes.add(codes.get(random.nextInt(codes.size())));
			}
			producer.ownDisposal = random.nextInt(5) == 0;
			facility(producer.site, "CS-01", "生产装置", "PRODUCTION", null, 0);
			facility(producer.site, "CC-01", "危废贮存库", "STORAGE", "贮存库", 100);
			facility(producer.site, "GC-01", "一般固废贮存场", "STORAGE", "贮存场", 500_000);
			if (producer.ownDisposal) {
				facility(producer.site, "CZ-01", "自建焚烧炉", "DISPOSAL", "焚烧", 2_000);
			}
			producers.add(producer);
		}
		Ledger ledger = new Ledger();
		List<ManifestRow> rows = new ArrayList<>();
		int made = hazardous(producers, operatorsByCity, vehicles, manifests, today, random, ledger, rows);
		general(producers, today, random, ledger);
		ledger.flush();
		this.manifestRows.write(rows);
		// the planted operator's licence: half of what it received in 2023
		this.jdbc
			.sql("""
					UPDATE waste.licence l SET annual_capacity_t = greatest(1, round(0.5 * sent.q))
					FROM (SELECT receiver_licence_number AS number, sum(quantity_t) AS q FROM waste.ledger_record
					      WHERE stage = 'OFF_SITE' AND receiver_licence_number = ANY (:numbers)
					        AND occurred_at >= TIMESTAMPTZ '2023-01-01 00:00+08' AND occurred_at < TIMESTAMPTZ '2024-01-01 00:00+08'
					      GROUP BY receiver_licence_number) sent
					WHERE l.number = sent.number""")
			.param("numbers",
					operatorsByCity.values()
						.stream()
						.flatMap(List::stream)
						.filter(o -> o.only2023)
						.map(o -> o.licence)
						.toArray(String[]::new))
			.update();
		this.jdbc.sql("ANALYZE waste.ledger_record").update();
		log.info("Demonstration waste data (演示数据): {} enterprises, {} ledger records, {} manifests",
				operatorCount + carrierCount + producerCount, ledger.count, made);
		long operator = operatorsByCity.get(cities.get(0))
			.stream()
			.filter(o -> !o.only2023)
			.findFirst()
			.orElse(operatorsByCity.get(cities.get(0)).get(0)).enterprise;
		return new Made(operatorCount + carrierCount + producerCount, operatorCount + carrierCount + producerCount,
				licences, carrierCount, ledger.count, made, producers.get(0).enterprise, operator,
				vehicles.get(cities.get(0)).get(0)[2]);
	}

	private Party party(String city, String word, String industry, int serial, Random random) {
		List<Region> counties = this.regions.children(RegionCode.of(city));
		Region county = counties.isEmpty() ? this.regions.get(RegionCode.of(city))
				: counties.get(random.nextInt(counties.size()));
		String name = "%s%s%s有限公司".formatted(shortName(county.name()), NAMES[serial % NAMES.length], word);
		Party party = new Party();
		party.city = city;
		party.name = name + serial;
		party.region = county.code();
		party.enterprise = this.jdbc.sql("""
				INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at, demo)
				VALUES (:code, :name, :region, 'demo', :at, true) RETURNING id""")
			.param("code", creditCode(county.code(), serial))
			.param("name", name + serial)
			.param("region", county.code())
			.param("at", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		party.site = this.jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, address, region_code, industry_code, operating_since)
				VALUES (:e, '一号厂区', :address, :region, :industry, DATE '2015-01-01') RETURNING id""")
			.param("e", party.enterprise)
			.param("address", county.name() + "工业园区")
			.param("region", county.code())
			.param("industry", industry)
			.query(Long.class)
			.single();
		return party;
	}

	private static final String[] NAMES = { "绿源", "恒达", "蒙能", "金河", "北疆", "草原", "鑫泰", "华宇", "瑞丰", "远通", "天骄", "宏发" };

	private static String shortName(String county) {
		return county.replaceAll("(自治旗|旗|区|县|市)$", "");
	}

	private void facility(long site, String code, String name, String kind, String type, int capacity) {
		this.jdbc.sql("""
				INSERT INTO waste.facility (site_id, code, name, kind, type, capacity_t)
				VALUES (:s, :code, :name, :kind, :type, :cap)""")
			.param("s", site)
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("type", type)
			.param("cap", capacity > 0 ? BigDecimal.valueOf(capacity) : null)
			.update();
	}

	/** A valid 统一社会信用代码 (GB 32100) for the region and serial. */
	static String creditCode(String region, int serial) {
		String first = "91" + region + "MA9" + "%06d".formatted(serial % 1_000_000);
		for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			try {
				return CreditCode.of(first + check).value();
			}
			catch (IllegalArgumentException ex) {
				// not this check character
			}
		}
		throw new IllegalStateException("no check character for " + first);
	}

	/**
	 * Each manifest: generated three days before, stored, taken out, sent to an operator
	 * of the city, stored there the next day, treated two days later.
	 */
	private int hazardous(List<Party> producers, Map<String, List<Party>> operators, Map<String, List<long[]>> vehicles,
			int manifests, LocalDate today, Random random, Ledger ledger, List<ManifestRow> rows) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int weightPlanted = 0;
		LocalDate start = LocalDate.of(FIRST_YEAR, 1, 1);
		long days = today.toEpochDay() - start.toEpochDay();
		Map<String, Integer> serials = new HashMap<>();
		int untracked = 0;
		int unreceived = 0;
		int made = 0;
		for (int m = 0; made < manifests && m < 2 * manifests; m++) {
			Party producer = producers.get(random.nextInt(producers.size()));
			LocalDate day = start.plusDays(3 + (long) (random.nextDouble() * (days - 6)));
			List<Party> candidates = operators.get(producer.city)
				.stream()
				.filter(o -> !o.only2023 || day.getYear() == 2023)
				.toList();
			Party operator = candidates.get(random.nextInt(candidates.size()));
			String code = producer.codes.get(random.nextInt(producer.codes.size()));
			BigDecimal tonnes = BigDecimal.valueOf(0.5 + random.nextDouble() * 14.5).setScale(3, RoundingMode.HALF_UP);
			String key = day.getYear() + producer.city;
			int number = serials.merge(key, 1, Integer::sum);
			String manifest = "%d%s%s%06d".formatted(day.getYear(), producer.city.substring(0, 2),
					producer.city.substring(2, 4), number);
			String date = day.toString().replace("-", "");
			String g = "HWCS" + date + m;
			ledger.hw(producer.site, "GENERATED", g, day.minusDays(3).atTime(9, 0), code, tonnes, "CS-01", null, null,
					null, null, null);
			if (producer.ownDisposal && random.nextInt(4) == 0) {
				ledger.hw(producer.site, "OWN_TREATMENT", "HWZXCZ" + date + m, day.minusDays(2).atTime(9, 0), code,
						tonnes, "CZ-01", "DISPOSAL", "D10", g, null, null);
				continue;
			}
			if (untracked < PLANTED_UNTRACKED && day.getYear() == 2023 && m % 7 == 0) {
				untracked++;
				continue;
			}
			String in = "HWRK" + date + m;
			String out = "HWCK" + date + m;
			ledger.hw(producer.site, "STORED_IN", in, day.minusDays(3).atTime(10, 0), code, tonnes, "CC-01", null, null,
					g, null, null);
			ledger.hw(producer.site, "STORED_OUT", out, day.atTime(8, 0), code, tonnes, "CC-01", null, null, in, null,
					null);
			boolean utilise = code.endsWith("-08") || random.nextInt(3) == 0;
			boolean landfill = !utilise && random.nextInt(3) == 0;
			String treatment = utilise ? "UTILISATION" : "DISPOSAL";
			String method = utilise ? "R9" : landfill ? "D1" : "D10";
			ledger.offSite(producer.site, (utilise ? "HWWWLY" : "HWWWCZ") + date + m, day.atTime(9, 0), code, tonnes,
					treatment, method, out, operator, manifest);
			made++;
			List<long[]> fleet = vehicles.get(producer.city);
			long[] vehicle = fleet.get(random.nextInt(fleet.size()));
			ManifestRow row = new ManifestRow(manifest, producer, operator, code, tonnes, day, vehicle, method);
			rows.add(row);
			OffsetDateTime delivered = at(day.atTime(15, 0));
			row.delivered = delivered.isAfter(now) ? null : delivered;
			row.state = row.delivered == null ? "IN_TRANSIT" : "DELIVERED";
			if (unreceived < PLANTED_UNRECEIVED && day.getYear() == 2024 && day.isBefore(today.minusDays(60))
					&& m % 11 == 0) {
				unreceived++;
				continue;
			}
			LocalDate received = day.plusDays(1);
			if (received.isAfter(today)) {
				continue;
			}
			if (weightPlanted < PLANTED_WEIGHT && day.getYear() == 2024 && m % 3 == 0) {
				weightPlanted++;
				tonnes = tonnes.multiply(new BigDecimal("0.9")).setScale(3, RoundingMode.HALF_UP);
				row.discrepancy = true;
			}
			row.received = at(received.atTime(10, 0));
			row.receivedQuantity = tonnes;
			row.state = "RECEIVED";
			String rin = "HWRK" + date + "R" + m;
			String rout = "HWCK" + date + "R" + m;
			ledger.hw(operator.site, "STORED_IN", rin, received.atTime(10, 0), code, tonnes, "CC-01", null, null, null,
					null, manifest);
			if (received.plusDays(2).isAfter(today)) {
				continue;
			}
			ledger.hw(operator.site, "STORED_OUT", rout, received.plusDays(2).atTime(8, 0), code, tonnes, "CC-01", null,
					null, rin, null, null);
			String facility = utilise ? "LY-01" : landfill ? "TM-01" : "CZ-01";
			ledger.hw(operator.site, "OWN_TREATMENT", "HWZX" + date + "R" + m, received.plusDays(2).atTime(9, 0), code,
					tonnes, facility, treatment, method, rout, null, null);
			row.closed = at(received.plusDays(2).atTime(9, 0));
			row.state = "CLOSED";
		}
		return made;
	}

	private static OffsetDateTime at(LocalDateTime time) {
		return time.atZone(CHINA).toOffsetDateTime();
	}

	/** A demonstration manifest as the ledger records it, with its state. */
	static final class ManifestRow {

		final String number;

		final long senderEnterprise;

		final long senderSite;

		final String originRegion;

		final long receiverEnterprise;

		final long receiverLicence;

		final String destinationRegion;

		final String code;

		final BigDecimal quantity;

		final LocalDate day;

		final long carrier;

		final long vehicle;

		final long carrierEnterprise;

		final String method;

		String state;

		OffsetDateTime delivered;

		OffsetDateTime received;

		BigDecimal receivedQuantity;

		OffsetDateTime closed;

		boolean discrepancy;

		ManifestRow(String number, Party sender, Party receiver, String code, BigDecimal quantity, LocalDate day,
				long[] vehicle, String method) {
			this.number = number;
			this.senderEnterprise = sender.enterprise;
			this.senderSite = sender.site;
			this.originRegion = sender.region;
			this.receiverEnterprise = receiver.enterprise;
			this.receiverLicence = receiver.licenceId;
			this.destinationRegion = receiver.region;
			this.code = code;
			this.quantity = quantity;
			this.day = day;
			this.carrier = vehicle[0];
			this.vehicle = vehicle[1];
			this.carrierEnterprise = vehicle[2];
			this.method = method;
		}

	}

	/**
	 * General industrial solid waste: monthly, a rising share utilised, the rest stored.
	 */
	private void general(List<Party> producers, LocalDate today, Random random, Ledger ledger) {
		for (Party producer : producers) {
			String stream = producer.industry.stream();
			for (LocalDate month = LocalDate.of(FIRST_YEAR, 1, 1); !month.plusMonths(1).isAfter(today); month = month
				.plusMonths(1)) {
				double scale = 0.6 + random.nextDouble() * 0.8;
				BigDecimal tonnes = BigDecimal.valueOf(producer.industry.monthlyTonnes() * scale)
					.setScale(1, RoundingMode.HALF_UP);
				double share = (producer.city.startsWith("1506") ? 0.55 : 0.30) + 0.07 * (month.getYear() - FIRST_YEAR)
						+ random.nextDouble() * 0.05;
				BigDecimal used = tonnes.multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
				String date = month.toString().replace("-", "");
				String g = "GFCS" + date;
				LocalDateTime at = month.withDayOfMonth(28).atTime(17, 0);
				ledger.general(producer.site, "GENERATED", g, at, stream, tonnes, null, null, null);
				ledger.general(producer.site, "OWN_TREATMENT", "GFZXLY" + date, at.plusHours(1), stream, used,
						"UTILISATION", "R5", g);
				ledger.general(producer.site, "STORED_IN", "GFRK" + date, at.plusHours(2), stream,
						tonnes.subtract(used), null, null, g);
			}
		}
	}

	/** Ledger rows, copied in batches. */
	private final class Ledger {

		private static final int BATCH = 50_000;

		private final List<List<?>> rows = new ArrayList<>(BATCH);

		private final OffsetDateTime recorded = OffsetDateTime.now(WasteDemoData.this.clock);

		long count;

		void hw(long site, String stage, String batch, LocalDateTime at, String code, BigDecimal tonnes,
				String facility, String treatment, String method, String source, String licence, String manifest) {
			add(site, stage, batch, at, "HAZARDOUS", code,
					WasteDemoData.this.catalogue.find(WasteCode.of(code)).map(e -> e.description()).orElse(code),
					tonnes, facility, treatment, method, source, null, null, licence, manifest);
		}

		void offSite(long site, String batch, LocalDateTime at, String code, BigDecimal tonnes, String treatment,
				String method, String source, Party operator, String manifest) {
			String name = operator.name;
			add(site, "OFF_SITE", batch, at, "HAZARDOUS", code,
					WasteDemoData.this.catalogue.find(WasteCode.of(code)).map(e -> e.description()).orElse(code),
					tonnes, null, treatment, method, source, "危险废物经营单位", name, operator.licence, manifest);
		}

		void general(long site, String stage, String batch, LocalDateTime at, String stream, BigDecimal tonnes,
				String treatment, String method, String source) {
			add(site, stage, batch, at, "GENERAL", stream, stream, tonnes, stage.equals("STORED_IN") ? "GC-01" : null,
					treatment, method, source, null, null, null, null);
		}

		private void add(long site, String stage, String batch, LocalDateTime at, String kind, String code, String name,
				BigDecimal tonnes, String facility, String treatment, String method, String source, String receiverType,
				String receiverName, String licence, String manifest) {
			if (tonnes.signum() <= 0) {
				return;
			}
			this.rows.add(java.util.Arrays.asList(site, stage, batch, at.atZone(CHINA).toOffsetDateTime(), kind, code,
					name.length() > 60 ? name.substring(0, 60) : name, tonnes, facility, treatment, method, "演示经办人",
					source == null ? null : sourceStage(stage, source), source, receiverType, receiverName, licence,
					manifest, "demo", this.recorded));
			this.count++;
			if (this.rows.size() == BATCH) {
				flush();
			}
		}

		/**
		 * The stage of the batch a record comes from, by the demonstration data's batch
		 * prefixes.
		 */
		private static String sourceStage(String stage, String source) {
			return switch (stage) {
				case "STORED_IN" -> "GENERATED";
				case "STORED_OUT" -> "STORED_IN";
				default -> source.startsWith("HWCK") ? "STORED_OUT" : "GENERATED";
			};
		}

		void flush() {
			if (this.rows.isEmpty()) {
				return;
			}
			CsvCopy.copyIn(WasteDemoData.this.dataSource,
					"""
							COPY waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
							    waste_name, quantity_t, facility_code, treatment, method, handler, source_stage, source_batch_code,
							    receiver_type, receiver_name, receiver_licence_number, manifest_number, recorded_by,
							    recorded_at) FROM STDIN (FORMAT csv)""",
					this.rows);
			this.rows.clear();
		}

	}

}
