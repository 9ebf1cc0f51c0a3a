package io.greenloop.waste.web;

import java.util.Map;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.EnterpriseAccess;
import io.greenloop.waste.Registry;
import io.greenloop.waste.RegistryEdits;
import io.greenloop.waste.RegistryEdits.EditContact;
import io.greenloop.waste.RegistryEdits.EditEnterprise;
import io.greenloop.waste.RegistryEdits.EditFacility;
import io.greenloop.waste.RegistryEdits.EditSite;
import io.greenloop.waste.Sites;
import io.greenloop.waste.Views.EnterpriseView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page correcting an enterprise's registry records ({@link RegistryEdits} says who
 * may correct what): its name and region and its sites (administrators and reviewers in
 * scope), its facilities and contacts (also its members). Each form posts on its own; a
 * refused one comes back with the message beside its field and nothing written; a saved
 * one back to this page.
 */
@Controller
class RegistryEditController {

	private final Registry registry;

	private final Sites sites;

	private final RegistryEdits edits;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	RegistryEditController(Registry registry, Sites sites, RegistryEdits edits, EnterpriseAccess access,
			CurrentAccount account) {
		this.registry = registry;
		this.sites = sites;
		this.edits = edits;
		this.access = access;
		this.account = account;
	}

	@GetMapping("/waste/enterprises/{id}/edit")
	String page(@PathVariable long id, Model model) {
		EnterpriseView enterprise = this.registry.get(id);
		boolean changesRegistry = this.edits.changesRegistry(enterprise.regionCode());
		boolean keepsRecords = this.access.writes(this.account.scope(), id, enterprise.regionCode());
		if (!changesRegistry && !keepsRecords) {
			throw new NotPermittedException("You may not correct the records of enterprise " + id);
		}
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("changesRegistry", changesRegistry);
		model.addAttribute("keepsRecords", keepsRecords);
		var details = this.sites.of(id);
		model.addAttribute("siteDetails", details);
		model.addAttribute("siteNames",
				details.stream().collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a)));
		model.addAttribute("facilityCount", details.stream().mapToInt(d -> d.facilities().size()).sum());
		model.addAttribute("contacts", this.sites.contacts(id));
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "waste/registry-edit";
	}

	@PostMapping("/waste/enterprises/{id}/edit")
	String enterprise(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.edits.editEnterprise(id, new EditEnterprise(form.get("name"), form.get("regionCode")));
			return saved(id, "enterprise", redirect);
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			RegistryFormErrors.refused(model, response, "enterprise", ex, form);
			return page(id, model);
		}
	}

	@PostMapping("/waste/sites/{id}/edit")
	String site(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long enterprise = this.sites.get(id).enterpriseId();
		try {
			this.edits.editSite(id, new EditSite(form.get("name"), form.get("address"), form.get("regionCode"),
					form.get("industryCode")));
			return saved(enterprise, "site-" + id, redirect);
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			RegistryFormErrors.refused(model, response, "site-" + id, ex, form);
			return page(enterprise, model);
		}
	}

	@PostMapping("/waste/facilities/{id}/edit")
	String facility(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long enterprise = this.edits.editFacility(id, new EditFacility(form.get("name"), form.get("kind"),
					form.get("type"), RegistryFormErrors.number("capacityTonnes", form.get("capacityTonnes"))));
			return saved(enterprise, "facility-" + id, redirect);
		}
		catch (InvalidInputException ex) {
			RegistryFormErrors.refused(model, response, "facility-" + id, ex, form);
			return page(this.edits.enterpriseOfFacility(id), model);
		}
	}

	@PostMapping("/waste/contacts/{id}/edit")
	String contact(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long enterprise = this.edits.editContact(id,
					new EditContact(form.get("role"), form.get("name"), form.get("phone"), form.get("email")));
			return saved(enterprise, "contact-" + id, redirect);
		}
		catch (InvalidInputException ex) {
			RegistryFormErrors.refused(model, response, "contact-" + id, ex, form);
			return page(this.edits.enterpriseOfContact(id), model);
		}
	}

	private static String saved(long enterprise, String form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("savedForm", form);
		return "redirect:/waste/enterprises/" + enterprise + "/edit";
	}

}
