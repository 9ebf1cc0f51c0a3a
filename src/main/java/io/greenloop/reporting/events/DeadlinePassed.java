package io.greenloop.reporting.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting period's deadline passed, and these values had not been approved by then.
 *
 * @param periodCode the period, such as 2025Q3
 * @param year its year
 * @param closedOn the last day values could be reported
 * @param missing each item, region and the organisation that should have reported it
 */
public record DeadlinePassed(String periodCode, int year, LocalDate closedOn, List<Missing> missing) {

	/**
	 * A value not there at the deadline.
	 *
	 * @param itemCode the target's or series' code
	 * @param regionCode the region
	 * @param organisationName the organisation it is assigned to
	 */
	public record Missing(String itemCode, String regionCode, String organisationName) {
	}

}
