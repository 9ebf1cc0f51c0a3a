package io.greenloop.waste.web;

import io.greenloop.waste.ManagementClasses;
import io.greenloop.waste.Sites;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise page's form for administrators to set a site's HJ 1259 §4.2 class for a
 * year with a note (§4.2.2), or to go back to the computed class.
 */
@Controller
class ClassFormController {

	private final ManagementClasses classes;

	private final Sites sites;

	ClassFormController(ManagementClasses classes, Sites sites) {
		this.classes = classes;
		this.sites = sites;
	}

	@PostMapping("/waste/sites/{id}/class")
	String override(@PathVariable long id, @RequestParam int year,
			@RequestParam(required = false) String managementClass, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		long enterprise = this.sites.get(id).enterpriseId();
		try {
			if (managementClass == null || managementClass.isBlank()) {
				this.classes.removeOverride(id, year);
			}
			else {
				this.classes.override(id, year, managementClass, note);
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("registryError", ex.getMessage());
		}
		return "redirect:/waste/enterprises/" + enterprise + "?year=" + year;
	}

}
