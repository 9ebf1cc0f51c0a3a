package io.greenloop.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.plan.ConceptView;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Nature;
import io.greenloop.plan.PlanView;
import io.greenloop.plan.seed.SeedTexts;
import io.greenloop.shared.InvalidRegionCodeException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages of the catalogue: the plans, one plan's targets grouped like its tables, the
 * searchable catalogue, one target with its source in context and the same concept's
 * targets beside it, and the concepts.
 */
@Controller
class CataloguePageController {

	private final IndicatorCatalogue catalogue;

	private final SeedTexts seeds;

	CataloguePageController(IndicatorCatalogue catalogue, SeedTexts seeds) {
		this.catalogue = catalogue;
		this.seeds = seeds;
	}

	@GetMapping("/plans")
	String plans(Model model) {
		model.addAttribute("plans", this.catalogue.plans());
		return "plan/plans";
	}

	@GetMapping("/plans/{code}")
	String plan(@PathVariable String code, Model model) {
		PlanView plan = this.catalogue.plan(code).orElseThrow(() -> notFound("No plan has the code " + code));
		model.addAttribute("plan", plan);
		model.addAttribute("groups",
				TargetGroup.of(this.catalogue.indicators(new IndicatorQuery(code, null, null, null, null))));
		return "plan/plan";
	}

	/**
	 * The catalogue, filtered. An htmx request from the filter form gets the results only
	 * (and the language links, out of band); a history restore, which htmx also marks as
	 * its own, gets the whole page.
	 */
	@GetMapping("/indicators")
	String indicators(@RequestParam(required = false) String plan, @RequestParam(required = false) String region,
			@RequestParam(required = false) Nature nature, @RequestParam(required = false) String concept,
			@RequestParam(required = false) String text,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
			HttpServletResponse response, Model model) {
		IndicatorQuery query = query(plan, region, nature, concept, text);
		List<IndicatorView> targets = this.catalogue.indicators(query);
		List<PlanView> plans = this.catalogue.plans();
		boolean resultsOnly = htmx != null && restore == null;
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("query", query);
		model.addAttribute("count", targets.size());
		model.addAttribute("groups", TargetGroup.of(targets));
		model.addAttribute("planTitles", titles(plans));
		model.addAttribute("htmx", resultsOnly);
		if (resultsOnly) {
			return "plan/indicators :: results";
		}
		model.addAttribute("plans", plans);
		model.addAttribute("regions", this.catalogue.regionsWithTargets());
		model.addAttribute("natures", Nature.values());
		return "plan/indicators";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, Model model) {
		IndicatorView target = this.catalogue.indicator(code)
			.orElseThrow(() -> notFound("No target has the code " + code));
		var seed = this.seeds.find(target.source().document()).orElseThrow();
		List<PlanView> plans = this.catalogue.plans();
		model.addAttribute("target", target);
		model.addAttribute("plan",
				plans.stream().filter(plan -> plan.code().equals(target.planCode())).findFirst().orElseThrow());
		model.addAttribute("context", SourceContext.of(seed, target.source()));
		if (target.baseline() != null && target.baseline().source() != null) {
			model.addAttribute("baselineContext", SourceContext.of(seed, target.baseline().source()));
		}
		model.addAttribute("concept", this.catalogue.concept(target.concept()).orElseThrow());
		model.addAttribute("sameConcept",
				this.catalogue.indicatorsOf(target.concept())
					.stream()
					.filter(other -> !other.code().equals(code))
					.toList());
		model.addAttribute("planTitles", titles(plans));
		return "plan/indicator";
	}

	@GetMapping("/concepts")
	String concepts(Model model) {
		List<ConceptView> concepts = this.catalogue.concepts()
			.stream()
			.sorted(Comparator.comparing(ConceptView::targetCount).reversed().thenComparing(ConceptView::code))
			.toList();
		model.addAttribute("concepts", concepts);
		return "plan/concepts";
	}

	@GetMapping("/concepts/{code}")
	String concept(@PathVariable String code, Model model) {
		model.addAttribute("concept", this.catalogue.concept(code).orElseThrow(() -> notFound("No concept " + code)));
		model.addAttribute("targets", this.catalogue.indicatorsOf(code));
		model.addAttribute("planTitles", titles(this.catalogue.plans()));
		return "plan/concept";
	}

	private static Map<String, String> titles(List<PlanView> plans) {
		return plans.stream().collect(Collectors.toMap(PlanView::code, PlanView::title));
	}

	private static IndicatorQuery query(String plan, String region, Nature nature, String concept, String text) {
		try {
			return new IndicatorQuery(plan, region, nature, concept, text);
		}
		catch (InvalidRegionCodeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	private static ResponseStatusException notFound(String detail) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
	}

}
