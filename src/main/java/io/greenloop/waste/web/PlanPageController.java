package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.waste.Licences;
import io.greenloop.waste.ManagementPlans;
import io.greenloop.waste.PlanViews.PlanView;
import io.greenloop.waste.Sites;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The management plan pages: a site's plans (every version) with the form to file one or
 * a new version, lines added with htmx; and one version with its lines.
 */
@Controller
class PlanPageController {

	private final ManagementPlans plans;

	private final Sites sites;

	private final Licences licences;

	private final Clock clock;

	PlanPageController(ManagementPlans plans, Sites sites, Licences licences, Clock clock) {
		this.plans = plans;
		this.sites = sites;
		this.licences = licences;
		this.clock = clock;
	}

	@GetMapping("/waste/sites/{id}/plans")
	String plans(@PathVariable long id, Model model) {
		PlanForm form = new PlanForm();
		form.setYear(LocalDate.now(this.clock).getYear());
		form.getLines().add(new PlanForm.LineForm());
		return page(id, form, model);
	}

	@PostMapping("/waste/sites/{id}/plans")
	String file(@PathVariable long id, @ModelAttribute PlanForm form, Model model, HttpServletResponse response) {
		try {
			PlanView filed = this.plans.file(id, form.command());
			return "redirect:/waste/plans/" + filed.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			if (form.getLines().isEmpty()) {
				form.getLines().add(new PlanForm.LineForm());
			}
			return page(id, form, model);
		}
	}

	/** One more empty line of the form, for htmx. */
	@GetMapping("/waste/sites/{id}/plans/line")
	String line(@PathVariable long id, @RequestParam int index, Model model) {
		this.sites.get(id);
		model.addAttribute("index", index);
		model.addAttribute("line", new PlanForm.LineForm());
		model.addAttribute("receivers", this.licences.receivers());
		return "waste/plans :: line";
	}

	@GetMapping("/waste/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.get(id));
		return "waste/plan";
	}

	private String page(long siteId, PlanForm form, Model model) {
		model.addAttribute("site", this.sites.get(siteId));
		model.addAttribute("plans", this.plans.ofSite(siteId));
		model.addAttribute("form", form);
		model.addAttribute("receivers", this.licences.receivers());
		return "waste/plans";
	}

}
