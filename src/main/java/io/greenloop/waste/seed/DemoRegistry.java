package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import io.greenloop.region.Region;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers the demonstration enterprises: each with a valid 统一社会信用代码 (GB 32100), a name
 * of its county, one site in a county of its city, and the facilities asked for.
 */
final class DemoRegistry {

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Clock clock;

	DemoRegistry(JdbcClient jdbc, Regions regions, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	DemoParty party(String city, String word, String industry, int serial, Random random) {
		List<Region> counties = this.regions.children(RegionCode.of(city));
		Region county = counties.isEmpty() ? this.regions.get(RegionCode.of(city))
				: counties.get(random.nextInt(counties.size()));
		String name = "%s%s%s有限公司".formatted(shortName(county.name()), NAMES[serial % NAMES.length], word);
		DemoParty party = new DemoParty();
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

	void facility(long site, String code, String name, String kind, String type, int capacity) {
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

}
