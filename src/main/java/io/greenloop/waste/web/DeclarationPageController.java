package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;

import io.greenloop.waste.Declarations;
import io.greenloop.waste.Sites;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The declaration pages: a site's declarations with their due dates and states, the form
 * to generate a year's ended periods, and one declaration with its figures and the button
 * to confirm it.
 */
@Controller
class DeclarationPageController {

	private final Declarations declarations;

	private final Sites sites;

	private final Clock clock;

	DeclarationPageController(Declarations declarations, Sites sites, Clock clock) {
		this.declarations = declarations;
		this.sites = sites;
		this.clock = clock;
	}

	@GetMapping("/waste/sites/{id}/declarations")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("site", this.sites.get(id));
		model.addAttribute("declarations", this.declarations.ofSite(id));
		model.addAttribute("year", LocalDate.now(this.clock).getYear());
		return "waste/declarations";
	}

	@PostMapping("/waste/sites/{id}/declarations")
	String generate(@PathVariable long id, @RequestParam int year) {
		this.declarations.generate(id, year);
		return "redirect:/waste/sites/" + id + "/declarations";
	}

	@GetMapping("/waste/declarations/{id}")
	String declaration(@PathVariable long id, Model model) {
		model.addAttribute("declaration", this.declarations.get(id));
		return "waste/declaration";
	}

	@PostMapping("/waste/declarations/{id}/confirm")
	String confirm(@PathVariable long id) {
		this.declarations.confirm(id);
		return "redirect:/waste/declarations/" + id;
	}

}
