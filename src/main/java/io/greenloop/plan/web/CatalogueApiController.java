package io.greenloop.plan.web;

import java.util.List;

import io.greenloop.plan.ConceptView;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Nature;
import io.greenloop.plan.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The plans and their indicator catalogue, read-only. */
@RestController
@RequestMapping("/api")
@Tag(name = "Plans and indicators", description = "The five plans and every target they set, with provenance")
class CatalogueApiController {

	private final IndicatorCatalogue catalogue;

	CatalogueApiController(IndicatorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/plans")
	@Operation(summary = "The plans, with how many targets each sets")
	List<PlanView> plans() {
		return this.catalogue.plans();
	}

	@GetMapping("/plans/{code}")
	@Operation(summary = "One plan")
	@ApiResponse(responseCode = "404", description = "No plan has the code")
	PlanView plan(@PathVariable String code) {
		return this.catalogue.plan(code).orElseThrow(() -> notFound("No plan has the code " + code));
	}

	@GetMapping("/indicators")
	@Operation(summary = "Targets of the catalogue, filtered")
	List<IndicatorView> indicators(
			@Parameter(description = "plan code, such as 003") @RequestParam(required = false) String plan,
			@Parameter(description = "GB/T 2260 code of the region the target applies to") @RequestParam(
					required = false) String region,
			@Parameter(description = "BINDING (约束性) or EXPECTED (预期性)") @RequestParam(required = false) Nature nature,
			@Parameter(description = "concept code, such as energy-intensity") @RequestParam(
					required = false) String concept,
			@Parameter(description = "text in the name, groups, figure, units, note or quote") @RequestParam(
					required = false) String text) {
		return this.catalogue.indicators(new IndicatorQuery(plan, region, nature, concept, text));
	}

	@GetMapping("/indicators/{code}")
	@Operation(summary = "One target")
	@ApiResponse(responseCode = "404", description = "No target has the code")
	IndicatorView indicator(@PathVariable String code) {
		return this.catalogue.indicator(code).orElseThrow(() -> notFound("No target has the code " + code));
	}

	@GetMapping("/concepts")
	@Operation(summary = "Indicator concepts, with how many targets measure each")
	List<ConceptView> concepts() {
		return this.catalogue.concepts();
	}

	@GetMapping("/concepts/{code}")
	@Operation(summary = "One concept and every target that measures it, across plans and regions")
	@ApiResponse(responseCode = "404", description = "No concept has the code")
	ConceptComparison concept(@PathVariable String code) {
		ConceptView concept = this.catalogue.concept(code)
			.orElseThrow(() -> notFound("No concept has the code " + code));
		return new ConceptComparison(concept, this.catalogue.indicatorsOf(code));
	}

	private static ResponseStatusException notFound(String detail) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
	}

	/**
	 * A concept with the targets that measure it.
	 *
	 * @param concept the concept
	 * @param targets its targets in every plan and region
	 */
	record ConceptComparison(ConceptView concept, List<IndicatorView> targets) {
	}

}
