package io.greenloop.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods of a cadence and the default window in which each is open for
 * reporting. A quarter is open from its first day until 20 days after it ends (季后20日内), a
 * month until 10 days after; a year opens on 1 December and closes on 31 March of the
 * next year, when the annual statistics are out. Administrators can move any window.
 */
public final class PeriodCalendar {

	/** The first year periods are generated for: the plans' base year. */
	public static final int FIRST_YEAR = 2020;

	private PeriodCalendar() {
	}

	/**
	 * The periods of a cadence from {@link #FIRST_YEAR} to the end of the year after
	 * today's, so that next year's windows exist before they open.
	 */
	public static List<PeriodSpec> upToNextYear(Cadence cadence, LocalDate today) {
		return periods(cadence, FIRST_YEAR, today.getYear() + 1);
	}

	public static List<PeriodSpec> periods(Cadence cadence, int fromYear, int toYear) {
		List<PeriodSpec> periods = new ArrayList<>();
		for (int year = fromYear; year <= toYear; year++) {
			switch (cadence) {
				case YEAR -> periods.add(year(year));
				case QUARTER -> {
					for (int quarter = 1; quarter <= 4; quarter++) {
						periods.add(quarter(year, quarter));
					}
				}
				case MONTH -> {
					for (int month = 1; month <= 12; month++) {
						periods.add(month(year, month));
					}
				}
			}
		}
		return periods;
	}

	static PeriodSpec year(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		return new PeriodSpec(String.valueOf(year), Cadence.YEAR, year, 0, start, end, LocalDate.of(year, 12, 1),
				LocalDate.of(year + 1, 3, 31));
	}

	static PeriodSpec quarter(int year, int quarter) {
		LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		LocalDate end = start.plusMonths(3).minusDays(1);
		return new PeriodSpec(year + "Q" + quarter, Cadence.QUARTER, year, quarter, start, end, start,
				end.plusDays(20));
	}

	static PeriodSpec month(int year, int month) {
		LocalDate start = LocalDate.of(year, month, 1);
		LocalDate end = start.plusMonths(1).minusDays(1);
		return new PeriodSpec("%d-%02d".formatted(year, month), Cadence.MONTH, year, month, start, end, start,
				end.plusDays(10));
	}

	/**
	 * A period and its reporting window.
	 *
	 * @param code 2025, 2025Q3 or 2025-07
	 * @param kind its cadence
	 * @param year its year
	 * @param number the quarter or month; 0 for a year
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param opensOn the first day values may be reported
	 * @param closesOn the last day values may be reported
	 */
	public record PeriodSpec(String code, Cadence kind, int year, int number, LocalDate startsOn, LocalDate endsOn,
			LocalDate opensOn, LocalDate closesOn) {

		/** Whether values may be reported on the day. */
		public boolean isOpenOn(LocalDate day) {
			return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
		}

	}

}
