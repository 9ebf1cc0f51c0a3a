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

import io.greenloop.region.Regions;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.WorkingDays;
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
 * three manifests no receiver stores, five received 10 % light, one delivered far later
 * than its route needs, and one operator whose licence is too small for what it received
 * in 2023.
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

	/** Manifests delivered 23 h after pick-up: LONG_TRIP by their route, within 48 h. */
	static final int PLANTED_LONG_TRIP = 1;

	/**
	 * The industries of producers: GB/T 4754—2017 code, name and general waste stream.
	 */
	record Industry(String code, String name, String stream, int monthlyTonnes) {
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
		for (String sql : DemoRemoval.STATEMENTS) {
			this.jdbc.sql(sql).update();
		}
		return enterprises;
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
		DemoRegistry registry = new DemoRegistry(this.jdbc, this.regions, this.clock);
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		List<String> codes = HAZARDOUS.stream()
			.filter(code -> this.catalogue.find(WasteCode.of(code)).isPresent())
			.toList();
		int operatorCount = Math.max(2 * cities.size(), enterprises / 10);
		int carrierCount = Math.max(cities.size(), enterprises / 20);
		int producerCount = Math.max(cities.size(), enterprises - operatorCount - carrierCount);
		Map<String, List<DemoParty>> operatorsByCity = new HashMap<>();
		List<DemoParty> producers = new ArrayList<>();
		int serial = (int) (this.jdbc.sql("SELECT count(*) FROM waste.enterprise").query(Long.class).single() + 1);
		int licences = 0;
		for (int i = 0; i < operatorCount; i++) {
			String city = cities.get(i % cities.size());
			DemoParty operator = registry.party(city, "环保科技", "N7724", serial++, random);
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
			registry.facility(operator.site, "CC-01", "危废贮存库", "STORAGE", "贮存库", 2_000);
			registry.facility(operator.site, "CZ-01", "焚烧处置线", "DISPOSAL", "焚烧", 30_000);
			registry.facility(operator.site, "TM-01", "安全填埋场", "DISPOSAL", "填埋", 50_000);
			registry.facility(operator.site, "LY-01", "废矿物油再生线", "UTILISATION", "再生利用", 20_000);
			operatorsByCity.computeIfAbsent(city, k -> new ArrayList<>()).add(operator);
			licences++;
		}
		Map<String, List<long[]>> vehicles = new HashMap<>();
		for (int i = 0; i < carrierCount; i++) {
			String city = cities.get(i % cities.size());
			DemoParty carrier = registry.party(city, "危货运输", "G5435", serial++, random);
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
			DemoParty producer = registry.party(city, industry.name(), industry.code(), serial++, random);
			producer.industry = industry;
			producer.codes.add(codes.get(random.nextInt(codes.size())));
			if (random.nextBoolean()) {
				producer.codes.add(codes.get(random.nextInt(codes.size())));
			}
			producer.ownDisposal = random.nextInt(5) == 0;
			registry.facility(producer.site, "CS-01", "生产装置", "PRODUCTION", null, 0);
			registry.facility(producer.site, "CC-01", "危废贮存库", "STORAGE", "贮存库", 100);
			registry.facility(producer.site, "GC-01", "一般固废贮存场", "STORAGE", "贮存场", 500_000);
			if (producer.ownDisposal) {
				registry.facility(producer.site, "CZ-01", "自建焚烧炉", "DISPOSAL", "焚烧", 2_000);
			}
			producers.add(producer);
		}
		DemoLedger ledger = new DemoLedger(this.catalogue, this.dataSource, this.clock);
		List<DemoManifestRow> rows = new ArrayList<>();
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

	/**
	 * Each manifest: generated three days before, stored, taken out, sent to an operator
	 * of the city, stored there the next day, treated two days later.
	 */
	private int hazardous(List<DemoParty> producers, Map<String, List<DemoParty>> operators,
			Map<String, List<long[]>> vehicles, int manifests, LocalDate today, Random random, DemoLedger ledger,
			List<DemoManifestRow> rows) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int weightPlanted = 0;
		int longPlanted = 0;
		LocalDate start = LocalDate.of(FIRST_YEAR, 1, 1);
		long days = today.toEpochDay() - start.toEpochDay();
		Map<String, Integer> serials = new HashMap<>();
		int untracked = 0;
		int unreceived = 0;
		int made = 0;
		for (int m = 0; made < manifests && m < 2 * manifests; m++) {
			DemoParty producer = producers.get(random.nextInt(producers.size()));
			LocalDate day = start.plusDays(3 + (long) (random.nextDouble() * (days - 6)));
			List<DemoParty> candidates = operators.get(producer.city)
				.stream()
				.filter(o -> !o.only2023 || day.getYear() == 2023)
				.toList();
			DemoParty operator = candidates.get(random.nextInt(candidates.size()));
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
			DemoManifestRow row = new DemoManifestRow(manifest, producer, operator, code, tonnes, day, vehicle, method);
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
			if (longPlanted < PLANTED_LONG_TRIP && day.getYear() == 2024 && m % 5 == 1) {
				longPlanted++;
				row.delivered = at(received.atTime(8, 0));
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

	/**
	 * General industrial solid waste: monthly, a rising share utilised, the rest stored.
	 */
	private void general(List<DemoParty> producers, LocalDate today, Random random, DemoLedger ledger) {
		for (DemoParty producer : producers) {
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

}
