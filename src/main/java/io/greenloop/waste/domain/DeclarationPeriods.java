package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration periods (申报周期) a site's class requires in a year, with their due dates,
 * HJ 1259—2022 §7.2: 重点 (KEY) monthly, each month due by the 15th of the next month, and
 * annually (§7.2.1); 简化 (SIMPLIFIED) quarterly, due by the 15th of the first month of the
 * next quarter, and annually (§7.2.2); 登记 (REGISTERED) annually (§7.2.3). The annual
 * declaration is due by 31 March of the next year. "15 日前" and "3 月 31 日前" are read as
 * the last day on time, inclusive.
 */
public final class DeclarationPeriods {

	/** §7.2.1–§7.2.2: "于每月 15 日前", "于每季度首月 15 日前". */
	static final int DUE_DAY = 15;

	private DeclarationPeriods() {
	}

	/** How often a declaration is made. */
	public enum Kind {

		MONTHLY, QUARTERLY, ANNUAL

	}

	/**
	 * A period to declare.
	 *
	 * @param code {@code 2025-10}, {@code 2025-Q3} or {@code 2025}
	 * @param dueOn the last day the declaration is on time
	 */
	public record Period(Kind kind, String code, int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
	}

	/**
	 * The periods of the year the class requires, months or quarters first, then the
	 * year.
	 */
	public static List<Period> of(ManagementClass managementClass, int year) {
		List<Period> periods = new ArrayList<>();
		if (managementClass == ManagementClass.KEY) {
			for (int month = 1; month <= 12; month++) {
				LocalDate start = LocalDate.of(year, month, 1);
				periods.add(new Period(Kind.MONTHLY, "%d-%02d".formatted(year, month), year, start,
						start.plusMonths(1).minusDays(1), start.plusMonths(1).withDayOfMonth(DUE_DAY)));
			}
		}
		if (managementClass == ManagementClass.SIMPLIFIED) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
				periods.add(new Period(Kind.QUARTERLY, year + "-Q" + quarter, year, start,
						start.plusMonths(3).minusDays(1), start.plusMonths(3).withDayOfMonth(DUE_DAY)));
			}
		}
		periods.add(new Period(Kind.ANNUAL, String.valueOf(year), year, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 3, 31)));
		return periods;
	}

}
