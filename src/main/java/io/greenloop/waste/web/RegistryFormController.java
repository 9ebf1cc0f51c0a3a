package io.greenloop.waste.web;

import java.math.BigDecimal;

import io.greenloop.waste.SiteCommands.AddContact;
import io.greenloop.waste.SiteCommands.AddFacility;
import io.greenloop.waste.Sites;
import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise page's forms: add a facility to a site, or a contact, as the
 * enterprise's members (or administrators and reviewers in scope) may. Back to the
 * enterprise page, with the refusal shown there.
 */
@Controller
class RegistryFormController {

	private final Sites sites;

	RegistryFormController(Sites sites) {
		this.sites = sites;
	}

	@PostMapping("/waste/sites/{id}/facilities")
	String addFacility(@PathVariable long id, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String type, @RequestParam(required = false) BigDecimal capacityTonnes,
			RedirectAttributes redirect) {
		long enterprise = this.sites.get(id).enterpriseId();
		try {
			this.sites.addFacility(id, new AddFacility(code, name, kind, type, capacityTonnes));
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			redirect.addFlashAttribute("registryError", ex.getMessage());
		}
		return "redirect:/waste/enterprises/" + enterprise;
	}

	@PostMapping("/waste/enterprises/{id}/contacts")
	String addContact(@PathVariable long id, @RequestParam(required = false) Long siteId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		try {
			this.sites.addContact(id, new AddContact(siteId, role, name, phone, email));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("registryError", ex.getMessage());
		}
		return "redirect:/waste/enterprises/" + id;
	}

}
