package io.greenloop.waste.web;

import io.greenloop.waste.Registry;
import io.greenloop.waste.Views.EnterpriseView;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.HazardCategory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The waste pages: the catalogue (名录), searchable by code, name and category, with the
 * exemption list, the solid waste streams and the editions ({@link CataloguePage}); the
 * enterprises of the caller's scope, and one enterprise with its sites and licences.
 */
@Controller
class WastePageController {

	private final WasteCatalogue catalogue;

	private final Registry registry;

	private final RegistryPages registryPages;

	private final CataloguePage cataloguePage;

	WastePageController(WasteCatalogue catalogue, Registry registry, RegistryPages registryPages,
			CataloguePage cataloguePage) {
		this.catalogue = catalogue;
		this.registry = registry;
		this.registryPages = registryPages;
		this.cataloguePage = cataloguePage;
	}

	@GetMapping("/waste/catalogue")
	String catalogue(@RequestParam(required = false) String category, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		HazardCategory chosen = WasteCatalogueApiController.category(category);
		model.addAttribute("edition", this.catalogue.current());
		model.addAttribute("categories", this.catalogue.countByCategory());
		model.addAttribute("wastes", this.catalogue.search(chosen, q));
		model.addAttribute("category", chosen == null ? "" : chosen.code());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("streams", this.catalogue.streams());
		this.cataloguePage.editions(from, to, model);
		return "waste/catalogue";
	}

	@GetMapping("/waste/enterprises")
	String enterprises(Model model) {
		model.addAttribute("enterprises", this.registry.list());
		return "waste/enterprises";
	}

	@GetMapping("/waste/enterprises/{id}")
	String enterprise(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		EnterpriseView enterprise = this.registry.get(id);
		model.addAttribute("enterprise", enterprise);
		this.registryPages.details(enterprise, year, model);
		return "waste/enterprise";
	}

}
