package io.greenloop.reporting;

import java.time.LocalDate;

import io.greenloop.reporting.domain.Cadence;

/**
 * A reporting period and the window in which it is open.
 *
 * @param id its id
 * @param code 2025, 2025Q3 or 2025-07
 * @param kind its cadence
 * @param year its year
 * @param number the quarter or month; 0 for a year
 * @param startsOn its first day
 * @param endsOn its last day
 * @param opensOn the first day values may be reported
 * @param closesOn the last day values may be reported
 */
public record Period(long id, String code, Cadence kind, int year, int number, LocalDate startsOn, LocalDate endsOn,
		LocalDate opensOn, LocalDate closesOn) {

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

}
