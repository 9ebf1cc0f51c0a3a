package io.greenloop.dashboard.web;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links a dashboard's numbers lead to, keeping its year and plan (and, for the
 * dashboards below, the indicator the map is coloured by); a part not chosen is left out
 * of the link rather than sent empty.
 *
 * @param year the year shown
 * @param plan the plan shown, or null for all
 * @param indicator the indicator the map is coloured by, or null
 */
public record DashboardLinks(int year, String plan, String indicator) {

	/** The dashboard of a region below or above. */
	public String dashboard(String region) {
		return build("/dashboard", null, region, this.indicator);
	}

	/** The part of the dashboard that refreshes itself. */
	public String live(String region) {
		return build("/dashboard/live", null, region, this.indicator);
	}

	/** The evaluation results of a region (and below) in a status, or in any status. */
	public String evaluation(String status, String region) {
		return build("/evaluation", status, region, null);
	}

	/** One target's evaluation in a region. */
	public String target(String target, String region) {
		return UriComponentsBuilder.fromPath("/evaluation/{target}")
			.queryParam("region", region)
			.encode()
			.buildAndExpand(target)
			.toUriString();
	}

	private String build(String path, String status, String region, String indicator) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParam("region", region)
			.queryParam("year", this.year)
			.queryParamIfPresent("plan", Optional.ofNullable(this.plan))
			.queryParamIfPresent("indicator", Optional.ofNullable(indicator))
			.encode()
			.build()
			.toUriString();
	}

}
