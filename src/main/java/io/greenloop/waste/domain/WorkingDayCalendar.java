package io.greenloop.waste.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The working-day calendar deadlines of the 危险废物转移管理办法 are counted in (五个工作日, 第十八条;
 * 十个工作日, 第二十条): Monday to Friday are working days, Saturday and Sunday rest days, except
 * the days of the State Council's yearly holiday notices: a public holiday (放假) is a rest
 * day even on a weekday, a make-up working day (调休上班) a working day even on a weekend.
 * <p>
 * A period of n working days from a day does not count that day and ends on the n-th
 * working day after it (民法典 第二百零一条: 开始的当日不计入，自下一日开始计算).
 */
public final class WorkingDayCalendar {

	/** What the notices make of a day. */
	public enum Kind {

		/** 放假: a rest day. */
		HOLIDAY,
		/** 调休上班: a working day. */
		WORKDAY

	}

	private final Map<LocalDate, Kind> exceptions;

	public WorkingDayCalendar(Map<LocalDate, Kind> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	public boolean isWorkingDay(LocalDate day) {
		Kind kind = this.exceptions.get(day);
		if (kind != null) {
			return kind == Kind.WORKDAY;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day after the day (the day itself not counted); the day itself for
	 * n = 0.
	 */
	public LocalDate addWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A number of working days is not negative: " + n);
		}
		LocalDate result = day;
		int left = n;
		while (left > 0) {
			result = result.plusDays(1);
			if (isWorkingDay(result)) {
				left--;
			}
		}
		return result;
	}

	/** The working days after the first day up to and including the second. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
