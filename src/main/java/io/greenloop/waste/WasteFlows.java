package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.IndustryCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a region's waste went in a year, as a Sankey diagram: from the industry (GB/T
 * 4754 section) of the sites that generated it to own utilisation, off-site utilisation,
 * disposal, landfill, storage (the year's net increase) or nowhere known, from the
 * balances. What the year drew from earlier storage, and any excess of recorded use over
 * what was generated and stocked, enter from the left, so each industry's inflow equals
 * its outflow.
 */
@Service
public class WasteFlows {

	static final String OWN_UTILISATION = "自行利用";

	static final String OFFSITE_UTILISATION = "委外利用";

	static final String DISPOSAL = "处置（填埋除外）";

	static final String LANDFILL = "填埋";

	static final String STORAGE = "贮存（本年净增）";

	static final String UNACCOUNTED = "去向不明";

	static final String FROM_STORAGE = "往年贮存";

	static final String UNKNOWN_SOURCE = "来源不明";

	private final JdbcClient jdbc;

	WasteFlows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A diagram: its nodes, and links in tonnes. */
	public record Sankey(String regionCode, int year, String wasteKind, List<String> nodes, List<Link> links,
			BigDecimal generated) {
	}

	public record Link(String source, String target, BigDecimal value) {
	}

	/**
	 * The flows of a region (and the regions below) in a year.
	 * @param wasteKind HAZARDOUS or GENERAL
	 */
	public Sankey of(String regionCode, int year, String wasteKind) {
		Map<String, BigDecimal[]> bySection = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT industry_code, sum(generated_t) AS g, sum(own_utilised_t) AS ou, sum(offsite_utilised_t) AS fu,
				       sum(own_disposed_t + offsite_disposed_t - landfilled_t) AS d, sum(landfilled_t) AS l,
				       sum(own_closing_t - own_opening_t) AS s
				FROM waste.balance WHERE year = :year AND waste_kind = :kind AND region_code LIKE :prefix
				GROUP BY industry_code ORDER BY industry_code""")
			.param("year", year)
			.param("kind", wasteKind)
			.param("prefix", RegionCode.of(regionCode).scopePrefix() + "%")
			.query((rs, n) -> {
				String section = IndustryCode.of(rs.getString("industry_code")).section();
				String name = section + " " + IndustryCode.sectionName(section);
				BigDecimal[] sums = bySection.computeIfAbsent(name, k -> new BigDecimal[] { BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				String[] columns = { "g", "ou", "fu", "d", "l", "s" };
				for (int i = 0; i < columns.length; i++) {
					sums[i] = sums[i].add(rs.getBigDecimal(columns[i]));
				}
				return name;
			})
			.list();
		Set<String> nodes = new LinkedHashSet<>();
		List<Link> links = new ArrayList<>();
		BigDecimal generated = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal[]> entry : bySection.entrySet()) {
			String section = entry.getKey();
			BigDecimal[] v = entry.getValue();
			generated = generated.add(v[0]);
			BigDecimal unaccounted = v[0].subtract(v[1]).subtract(v[2]).subtract(v[3]).subtract(v[4]).subtract(v[5]);
			nodes.add(section);
			link(nodes, links, section, OWN_UTILISATION, v[1]);
			link(nodes, links, section, OFFSITE_UTILISATION, v[2]);
			link(nodes, links, section, DISPOSAL, v[3]);
			link(nodes, links, section, LANDFILL, v[4]);
			link(nodes, links, section, STORAGE, v[5]);
			link(nodes, links, FROM_STORAGE, section, v[5].negate());
			link(nodes, links, section, UNACCOUNTED, unaccounted);
			link(nodes, links, UNKNOWN_SOURCE, section, unaccounted.negate());
		}
		return new Sankey(regionCode, year, wasteKind, List.copyOf(nodes), links, generated);
	}

	private static void link(Set<String> nodes, List<Link> links, String source, String target, BigDecimal value) {
		if (value.signum() > 0) {
			nodes.add(source);
			nodes.add(target);
			links.add(new Link(source, target, value.stripTrailingZeros()));
		}
	}

}
