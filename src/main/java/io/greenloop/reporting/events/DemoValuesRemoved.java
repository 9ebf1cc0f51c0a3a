package io.greenloop.reporting.events;

import java.util.List;

/**
 * Demonstration values (source DEMO) were removed: every one of them, when Greenloop
 * started without the demo profile, or those a real approval of the same item, region and
 * year superseded in another period (a real 2024Q4 value supersedes the demonstration
 * value of 2024). Modules that keep a copy of approved values drop theirs, so that
 * demonstration and real values never mix.
 *
 * @param values the values removed
 */
public record DemoValuesRemoved(List<RemovedValue> values) {

	/**
	 * The source of demonstration values, as {@link ValuesApproved#source()} names it.
	 */
	public static final String SOURCE = "DEMO";

	public DemoValuesRemoved {
		values = List.copyOf(values);
	}

	/**
	 * One removed value.
	 *
	 * @param itemCode the target's or series' code
	 * @param regionCode the region
	 * @param periodCode the period, such as 2024
	 */
	public record RemovedValue(String itemCode, String regionCode, String periodCode) {
	}

}
