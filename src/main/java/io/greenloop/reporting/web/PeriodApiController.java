package io.greenloop.reporting.web;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.reporting.Form;
import io.greenloop.reporting.Period;
import io.greenloop.reporting.Periods;
import io.greenloop.reporting.domain.Cadence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting periods and forms. */
@RestController
@RequestMapping("/api")
@Tag(name = "Periods and forms",
		description = "Reporting periods (年, 季度, 月) with their windows; forms and their approval levels")
class PeriodApiController {

	private final Periods periods;

	PeriodApiController(Periods periods) {
		this.periods = periods;
	}

	@GetMapping("/periods")
	@Operation(summary = "Periods, by kind and year, or only those open today")
	List<Period> periods(@RequestParam(required = false) Cadence kind, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean open) {
		return this.periods.list(kind, year, open);
	}

	@PutMapping("/periods/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Move a period's reporting window (administrators)")
	@ApiResponse(responseCode = "400", description = "The window is missing a day or closes before it opens")
	@ApiResponse(responseCode = "404", description = "No period has the code")
	Period move(@PathVariable String code, @RequestBody Window window) {
		return this.periods.moveWindow(code, window.opensOn(), window.closesOn());
	}

	@GetMapping("/forms")
	@Operation(summary = "Forms: what a submission covers, how often, and which levels accept it")
	List<Form> forms() {
		return this.periods.forms();
	}

	@PutMapping("/forms/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a form's cadence and accepting levels (administrators)")
	@ApiResponse(responseCode = "400",
			description = "The cadence or the levels are missing, or a level is not 1, 2 or 3")
	@ApiResponse(responseCode = "404", description = "No form has the code")
	Form configure(@PathVariable String code, @RequestBody FormSettings settings) {
		return this.periods.configure(code, settings.cadence(), settings.acceptLevels());
	}

	/**
	 * A reporting window.
	 *
	 * @param opensOn first day
	 * @param closesOn last day
	 */
	record Window(LocalDate opensOn, LocalDate closesOn) {
	}

	/**
	 * A form's settings.
	 *
	 * @param cadence how often
	 * @param acceptLevels which levels accept after the submitting region
	 */
	record FormSettings(Cadence cadence, java.util.Set<Integer> acceptLevels) {
	}

}
