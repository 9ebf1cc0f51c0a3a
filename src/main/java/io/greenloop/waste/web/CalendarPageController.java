package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.WorkingDays;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The working-day calendar page: a year's holidays and make-up working days; an
 * administrator adds, changes and removes days.
 */
@Controller
class CalendarPageController {

	private final WorkingDays workingDays;

	private final CurrentAccount account;

	private final Clock clock;

	CalendarPageController(WorkingDays workingDays, CurrentAccount account, Clock clock) {
		this.workingDays = workingDays;
		this.account = account;
		this.clock = clock;
	}

	@GetMapping("/waste/calendar")
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", this.workingDays.year(shown));
		model.addAttribute("admin", this.account.scope().isAdmin());
		return "waste/calendar";
	}

	@PostMapping("/waste/calendar")
	String put(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam String kind,
			@RequestParam String name) {
		this.workingDays.put(day, kind, name);
		return "redirect:/waste/calendar?year=" + day.getYear();
	}

	@PostMapping("/waste/calendar/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		this.workingDays.remove(day);
		return "redirect:/waste/calendar?year=" + day.getYear();
	}

}
