package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.waste.Carriers;
import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.Registry;
import io.greenloop.waste.RegistryEdits;
import io.greenloop.waste.RegistryEdits.CarrierRights;
import io.greenloop.waste.SiteCommands.AddVehicle;
import io.greenloop.waste.SiteCommands.RegisterCarrier;
import io.greenloop.waste.SiteViews.CarrierView;
import io.greenloop.waste.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The carriers page (承运人): each carrier the caller may read with its 道路危险货物运输许可证 and its
 * vehicles with their 道路运输证 (危险废物转移管理办法 部令第23号 第十一条), expired permits marked on the
 * injected clock's day; forms to register a carrier and add a vehicle (administrators and
 * reviewers in scope) and to correct the validity of the permits (also the carrier's own
 * members). A refused form comes back with the message beside its field.
 */
@Controller
class CarrierPageController {

	private final Carriers carriers;

	private final Registry registry;

	private final RegistryEdits edits;

	private final Clock clock;

	CarrierPageController(Carriers carriers, Registry registry, RegistryEdits edits, Clock clock) {
		this.carriers = carriers;
		this.registry = registry;
		this.edits = edits;
		this.clock = clock;
	}

	@GetMapping("/waste/carriers")
	String carriers(Model model) {
		return page(model);
	}

	@PostMapping("/waste/carriers")
	String register(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			CarrierView carrier = this.carriers
				.register(new RegisterCarrier(RegistryFormErrors.id("enterpriseId", form.get("enterpriseId")),
						form.get("permitNumber"), RegistryFormErrors.date("permitValidTo", form.get("permitValidTo"))));
			redirect.addFlashAttribute("saved", carrier.enterpriseName());
			return "redirect:/waste/carriers";
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			RegistryFormErrors.refused(model, response, "carrier", ex, form);
			return page(model);
		}
	}

	@PostMapping("/waste/carriers/{id}/vehicles")
	String addVehicle(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.carriers.addVehicle(id, new AddVehicle(form.get("plate"), form.get("permitNumber"),
					RegistryFormErrors.date("permitValidTo", form.get("permitValidTo"))));
			redirect.addFlashAttribute("saved", form.get("plate"));
			return "redirect:/waste/carriers#carrier-" + id;
		}
		catch (InvalidInputException | DuplicateRegistrationException ex) {
			RegistryFormErrors.refused(model, response, "vehicle-" + id, ex, form);
			return page(model);
		}
	}

	@PostMapping("/waste/carriers/{id}/permit")
	String carrierPermit(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.edits.editCarrierPermit(id, RegistryFormErrors.date("permitValidTo", form.get("permitValidTo")));
			redirect.addFlashAttribute("saved", form.get("permitValidTo"));
			return "redirect:/waste/carriers#carrier-" + id;
		}
		catch (InvalidInputException ex) {
			RegistryFormErrors.refused(model, response, "permit-" + id, ex, form);
			return page(model);
		}
	}

	@PostMapping("/waste/vehicles/{id}/permit")
	String vehiclePermit(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.edits.editVehiclePermit(id, RegistryFormErrors.date("permitValidTo", form.get("permitValidTo")));
			redirect.addFlashAttribute("saved", form.get("permitValidTo"));
			return "redirect:/waste/carriers";
		}
		catch (InvalidInputException ex) {
			RegistryFormErrors.refused(model, response, "vehicle-permit-" + id, ex, form);
			return page(model);
		}
	}

	private String page(Model model) {
		var list = this.carriers.list();
		Map<Long, CarrierRights> rights = new LinkedHashMap<>();
		list.forEach(c -> rights.put(c.id(), this.edits.rightsOn(c.id())));
		model.addAttribute("carriers", list);
		model.addAttribute("rights", rights);
		model.addAttribute("today", LocalDate.now(this.clock));
		boolean registers = this.edits.registersAnywhere();
		model.addAttribute("registers", registers);
		if (registers) {
			Set<Long> already = list.stream().map(CarrierView::enterpriseId).collect(Collectors.toSet());
			model.addAttribute("candidates",
					this.registry.list()
						.stream()
						.filter(e -> !already.contains(e.id()) && this.edits.changesRegistry(e.regionCode()))
						.toList());
		}
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "waste/carriers";
	}

}
