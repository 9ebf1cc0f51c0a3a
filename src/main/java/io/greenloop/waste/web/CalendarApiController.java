package io.greenloop.waste.web;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.WorkingDays;
import io.greenloop.waste.WorkingDays.CalendarDay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Working-day calendar",
		description = "Public holidays (放假) and make-up working days (调休上班) of the State Council's notices, "
				+ "which the transfer manifests' deadlines are counted in; read by all, edited by administrators")
class CalendarApiController {

	private final WorkingDays workingDays;

	CalendarApiController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	/** Whether a day is a working day, and the day n working days after it. */
	record WorkingDayAnswer(LocalDate day, boolean workingDay, int add, LocalDate result) {
	}

	record PutDay(String kind, String name) {
	}

	@GetMapping("/api/waste/calendar")
	@Operation(summary = "The holidays and make-up working days of a year")
	List<CalendarDay> year(@RequestParam int year) {
		return this.workingDays.year(year);
	}

	@GetMapping("/api/waste/calendar/working-days")
	@Operation(summary = "Whether the day is a working day, and the n-th working day after it")
	WorkingDayAnswer workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "0") int add) {
		return new WorkingDayAnswer(day, this.workingDays.isWorkingDay(day), add,
				this.workingDays.addWorkingDays(day, Math.max(add, 0)));
	}

	@PutMapping("/api/waste/calendar/{day}")
	@Operation(summary = "Sets a day as HOLIDAY or WORKDAY (administrators)")
	CalendarDay put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestBody PutDay body) {
		return this.workingDays.put(day, body.kind(), body.name());
	}

	@DeleteMapping("/api/waste/calendar/{day}")
	@Operation(summary = "Lets a day follow the weekday rule again (administrators)")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.workingDays.remove(day) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}
