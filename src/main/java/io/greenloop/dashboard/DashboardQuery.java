package io.greenloop.dashboard;

/**
 * Which dashboard to show; every part optional.
 *
 * @param region a region (default: the caller's)
 * @param year a year (default: the latest with results up to this year)
 * @param plan a plan's code (default: all plans)
 * @param indicator a concept's or target's code to colour the map by (default: the share
 * of targets on track)
 */
public record DashboardQuery(String region, Integer year, String plan, String indicator) {

	public DashboardQuery {
		region = blankToNull(region);
		plan = blankToNull(plan);
		indicator = blankToNull(indicator);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
