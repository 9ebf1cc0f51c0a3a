package io.greenloop.waste;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.WorkingDayCalendar;
import io.greenloop.waste.domain.WorkingDayCalendar.Kind;
import io.greenloop.waste.persistence.CalendarRepository;
import io.greenloop.waste.persistence.CalendarRepository.CalendarDayRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Working days (工作日) as the State Council's holiday notices (节假日安排) make them, for the
 * deadlines of the 危险废物转移管理办法 (第十八条 five working days to confirm receipt, 第二十条 ten to
 * back-fill a paper manifest). Holidays and make-up working days live in
 * {@code waste.calendar_day}, seeded for 2021–2026 and edited by administrators; the
 * calendar is held in memory and reloaded after each edit.
 */
@Service
public class WorkingDays {

	private final CalendarRepository days;

	private final CurrentAccount account;

	private final Clock clock;

	private volatile WorkingDayCalendar calendar;

	WorkingDays(CalendarRepository days, CurrentAccount account, Clock clock) {
		this.days = days;
		this.account = account;
		this.clock = clock;
	}

	/** A holiday or make-up working day of the calendar. */
	public record CalendarDay(LocalDate day, String kind, String name, String changedBy) {
	}

	public boolean isWorkingDay(LocalDate day) {
		return calendar().isWorkingDay(day);
	}

	/** The n-th working day after the day, the day itself not counted. */
	public LocalDate addWorkingDays(LocalDate day, int n) {
		return calendar().addWorkingDays(day, n);
	}

	/** The working days after the first day up to and including the second. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return calendar().workingDaysBetween(from, to);
	}

	public List<CalendarDay> year(int year) {
		return this.days.year(year).stream().map(WorkingDays::view).toList();
	}

	/** Sets a day as a holiday or a make-up working day (administrators). */
	@Transactional
	public CalendarDay put(LocalDate day, String kind, String name) {
		DataScope scope = checkAdmin();
		if (day == null) {
			throw new InvalidInputException("day", "The day is required");
		}
		Kind parsed = kind(kind);
		String label = RegistryRules.required("name", name);
		this.days.put(day, parsed.name(), label, scope.username(), this.clock.instant());
		invalidate();
		return new CalendarDay(day, parsed.name(), label, scope.username());
	}

	/** Lets a day follow the weekday rule again (administrators). */
	@Transactional
	public boolean remove(LocalDate day) {
		checkAdmin();
		boolean removed = this.days.remove(day);
		invalidate();
		return removed;
	}

	/**
	 * Forgets the calendar now and again once the edit is committed, so no reader keeps
	 * the old one.
	 */
	private void invalidate() {
		this.calendar = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					WorkingDays.this.calendar = null;
				}
			});
		}
	}

	private DataScope checkAdmin() {
		DataScope scope = this.account.scope();
		if (!scope.isAdmin()) {
			throw new NotPermittedException("Only administrators edit the working-day calendar");
		}
		return scope;
	}

	private static Kind kind(String kind) {
		try {
			return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("kind", "'" + kind + "' is not HOLIDAY (放假) or WORKDAY (调休上班)");
		}
	}

	private WorkingDayCalendar calendar() {
		WorkingDayCalendar current = this.calendar;
		if (current == null) {
			Map<LocalDate, Kind> exceptions = new HashMap<>();
			for (CalendarDayRow row : this.days.all()) {
				exceptions.put(row.day(), Kind.valueOf(row.kind()));
			}
			current = new WorkingDayCalendar(exceptions);
			this.calendar = current;
		}
		return current;
	}

	private static CalendarDay view(CalendarDayRow row) {
		return new CalendarDay(row.day(), row.kind(), row.name(), row.changedBy());
	}

}
