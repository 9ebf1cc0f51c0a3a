package io.greenloop.waste.web;

import java.util.Map;

import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.Parks;
import io.greenloop.waste.RegistryEdits;
import io.greenloop.waste.SiteCommands.AddPark;
import io.greenloop.waste.SiteViews.ParkView;
import io.greenloop.waste.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parks page (园区): the parks of a region and the regions below it (all without one),
 * each with the sites lying in it of the enterprises the caller may read; a form to
 * register a park (administrators, reviewers within their region), refusals beside the
 * field.
 */
@Controller
class ParkPageController {

	private final Parks parks;

	private final RegistryEdits edits;

	ParkPageController(Parks parks, RegistryEdits edits) {
		this.parks = parks;
		this.edits = edits;
	}

	@GetMapping("/waste/parks")
	String parks(@RequestParam(required = false) String region, Model model) {
		return page(region == null || region.isBlank() ? null : region.strip(), model);
	}

	@PostMapping("/waste/parks")
	String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			ParkView park = this.parks.add(new AddPark(form.get("name"), form.get("regionCode")));
			redirect.addFlashAttribute("saved", park.name());
			return "redirect:/waste/parks";
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			RegistryFormErrors.refused(model, response, "park", ex, form);
			return page(null, model);
		}
	}

	private String page(String region, Model model) {
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("parks", this.parks.list(region));
		model.addAttribute("parkSites", this.parks.sitesByPark());
		model.addAttribute("registers", this.edits.registersAnywhere());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "waste/parks";
	}

}
