package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.Map;

import io.greenloop.waste.domain.WorkingDayCalendar.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The weekday rule with the notices' exceptions, and periods counted from the next day.
 */
class WorkingDayCalendarTests {

	static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

	@Test
	void weekendsRestUnlessMadeUpAndHolidaysRestOnWeekdays() {
		WorkingDayCalendar calendar = new WorkingDayCalendar(
				Map.of(MONDAY, Kind.HOLIDAY, MONDAY.minusDays(2), Kind.WORKDAY));
		assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
		assertThat(calendar.isWorkingDay(MONDAY.minusDays(2))).as("a make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(MONDAY.minusDays(1))).as("Sunday").isFalse();
		assertThat(calendar.isWorkingDay(MONDAY.plusDays(1))).as("Tuesday").isTrue();
	}

	@Test
	void countsFromTheNextDaySkippingRestDays() {
		WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(MONDAY.plusDays(7), Kind.HOLIDAY));
		assertThat(calendar.addWorkingDays(MONDAY, 0)).isEqualTo(MONDAY);
		assertThat(calendar.addWorkingDays(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
		assertThat(calendar.addWorkingDays(MONDAY, 4)).as("Friday").isEqualTo(MONDAY.plusDays(4));
		assertThat(calendar.addWorkingDays(MONDAY, 5)).as("over the weekend and the holiday Monday")
			.isEqualTo(MONDAY.plusDays(8));
		assertThat(calendar.addWorkingDays(MONDAY.minusDays(1), 1)).as("from a Sunday").isEqualTo(MONDAY);
		assertThat(calendar.workingDaysBetween(MONDAY, MONDAY.plusDays(8))).isEqualTo(5);
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(MONDAY, -1));
	}

}
