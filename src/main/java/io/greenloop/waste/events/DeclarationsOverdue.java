package io.greenloop.waste.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Declarations (申报, HJ 1259—2022 §7.2) found past their due date and not confirmed by the
 * daily check; each is announced once.
 *
 * @param checkedOn the day of the check
 * @param overdue the declarations newly found overdue
 */
public record DeclarationsOverdue(LocalDate checkedOn, List<Overdue> overdue) {

	/**
	 * One overdue declaration.
	 *
	 * @param periodCode {@code 2025-10}, {@code 2025-Q3} or {@code 2025}
	 * @param kind MONTHLY, QUARTERLY or ANNUAL
	 * @param regionCode the site's region
	 */
	public record Overdue(long declarationId, long siteId, String siteName, String enterpriseName, String regionCode,
			int year, String periodCode, String kind, LocalDate dueOn) {
	}

}
