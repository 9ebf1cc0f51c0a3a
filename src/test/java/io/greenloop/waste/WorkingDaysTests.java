package io.greenloop.waste;

import java.time.LocalDate;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded calendar around known holidays (国庆, 春节) and make-up working days, and
 * administrators' edits through the API and the page.
 */
@GreenloopTest
class WorkingDaysTests {

	@Autowired
	WorkingDays workingDays;

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void countsOverTheNationalDayWeekWithItsMakeUpSaturday() {
		assertThat(this.workingDays.isWorkingDay(day("2025-10-08"))).as("国庆、中秋 Wednesday off").isFalse();
		assertThat(this.workingDays.isWorkingDay(day("2025-09-28"))).as("make-up Sunday").isTrue();
		assertThat(this.workingDays.isWorkingDay(day("2025-10-11"))).as("make-up Saturday").isTrue();
		assertThat(this.workingDays.addWorkingDays(day("2025-09-30"), 5)).isEqualTo(day("2025-10-14"));
		assertThat(this.workingDays.addWorkingDays(day("2023-09-27"), 10)).isEqualTo(day("2023-10-17"));
	}

	@Test
	void countsOverTheSpringFestival() {
		assertThat(this.workingDays.addWorkingDays(day("2025-01-24"), 5)).isEqualTo(day("2025-02-07"));
		assertThat(this.workingDays.isWorkingDay(day("2024-02-09"))).as("除夕 2024 is not a holiday").isTrue();
		assertThat(this.workingDays.isWorkingDay(day("2024-02-18"))).as("make-up Sunday").isTrue();
		assertThat(this.workingDays.isWorkingDay(day("2026-02-23"))).as("正月初七 2026").isFalse();
		assertThat(this.workingDays.isWorkingDay(day("2025-11-22"))).as("an ordinary Saturday").isFalse();
	}

	@Test
	void administratorsEditTheCalendarAndOthersMayNot() {
		assertThat(this.workingDays.isWorkingDay(day("2030-06-03"))).isTrue();
		JsonNode put = this.api.expect("admin", "PUT", "/api/waste/calendar/2030-06-03",
				Map.of("kind", "holiday", "name", "测试假日"), 200);
		assertThat(put.get("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(this.workingDays.isWorkingDay(day("2030-06-03"))).isFalse();
		JsonNode answer = this.api.expect("hohhot-reporter", "GET",
				"/api/waste/calendar/working-days?day=2030-05-31&add=1", null, 200);
		assertThat(answer.get("result").asString()).isEqualTo("2030-06-04");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/calendar?year=2030", null, 200)).hasSize(1);
		JsonNode bad = this.api.expect("admin", "PUT", "/api/waste/calendar/2030-06-04",
				Map.of("kind", "HALFDAY", "name", "x"), 400);
		assertThat(bad.get("field").asString()).isEqualTo("kind");
		this.api.expect("hohhot-reviewer", "PUT", "/api/waste/calendar/2030-06-05",
				Map.of("kind", "HOLIDAY", "name", "x"), 403);
		this.api.expect("hohhot-reviewer", "DELETE", "/api/waste/calendar/2030-06-03", null, 403);
		this.api.expect("admin", "DELETE", "/api/waste/calendar/2030-06-03", null, 204);
		assertThat(this.workingDays.isWorkingDay(day("2030-06-03"))).isTrue();
		assertThat(this.api.expect("admin", "GET", "/api/waste/calendar?year=2030", null, 200)).isEmpty();
	}

	@Test
	void showsTheYearOnThePage() throws Exception {
		String html = this.api.page("hohhot-leader", "/waste/calendar?year=2025").getResponse().getContentAsString();
		assertThat(html).contains("data-day=\"2025-10-11\"")
			.contains("data-kind=\"WORKDAY\"")
			.doesNotContain("calendar-form");
	}

}
