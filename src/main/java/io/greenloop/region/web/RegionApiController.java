package io.greenloop.region.web;

import java.util.List;

import io.greenloop.region.Organisation;
import io.greenloop.region.OrganisationKind;
import io.greenloop.region.OrganisationQuery;
import io.greenloop.region.Organisations;
import io.greenloop.region.Region;
import io.greenloop.region.RegionNode;
import io.greenloop.region.Regions;
import io.greenloop.region.UnknownRegionException;
import io.greenloop.shared.Problems;
import io.greenloop.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrative hierarchy and its organisations, read-only. */
@RestController
@RequestMapping("/api")
@Tag(name = "Regions", description = "Administrative divisions (GB/T 2260) and organisations")
class RegionApiController {

	private final Regions regions;

	private final Organisations organisations;

	RegionApiController(Regions regions, Organisations organisations) {
		this.regions = regions;
		this.organisations = organisations;
	}

	@GetMapping("/regions")
	@Operation(summary = "The hierarchy as a tree, or the divisions directly below ?parent=")
	@ApiResponse(responseCode = "400", description = "The parent is not a six-digit code")
	@ApiResponse(responseCode = "404", description = "No division has the parent's code")
	List<?> regions(@Parameter(description = "a GB/T 2260 code; answers its children as a flat list") @RequestParam(
			required = false) String parent) {
		if (parent != null) {
			return this.regions.children(RegionCode.of(parent));
		}
		return this.regions.tree();
	}

	@GetMapping("/regions/{code}")
	@Operation(summary = "One division, with the path down to it and the divisions below it")
	@ApiResponse(responseCode = "400", description = "The code is not six digits")
	@ApiResponse(responseCode = "404", description = "No division has the code")
	RegionDetail region(@PathVariable String code) {
		RegionCode regionCode = RegionCode.of(code);
		RegionNode node = this.regions.subtree(regionCode);
		return new RegionDetail(this.regions.get(regionCode), this.regions.path(regionCode), node.children());
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations, filtered by region (and the regions below it), kind and text")
	List<Organisation> organisations(@Parameter(
			description = "a GB/T 2260 code: organisations of this region and of the regions below it") @RequestParam(
					required = false) String region,
			@RequestParam(required = false) OrganisationKind kind,
			@Parameter(description = "text in the name, short name or an alias") @RequestParam(
					required = false) String text) {
		return this.organisations
			.list(new OrganisationQuery(region == null ? null : RegionCode.of(region), true, kind, text));
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "One organisation")
	@ApiResponse(responseCode = "404", description = "No organisation has the id")
	Organisation organisation(@PathVariable long id) {
		return this.organisations.find(id).orElseThrow(() -> new UnknownOrganisationException(id));
	}

	@ExceptionHandler(UnknownRegionException.class)
	ProblemDetail unknownRegion(UnknownRegionException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Unknown region", ex.getMessage());
		problem.setProperty("code", ex.code());
		return problem;
	}

	@ExceptionHandler(UnknownOrganisationException.class)
	ProblemDetail unknownOrganisation(UnknownOrganisationException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown organisation", ex.getMessage());
	}

	/**
	 * A division with its context.
	 *
	 * @param region the division
	 * @param path the divisions from the autonomous region down to it
	 * @param children the divisions directly below it, each with its own children
	 */
	record RegionDetail(Region region, List<Region> path, List<RegionNode> children) {
	}

	static class UnknownOrganisationException extends RuntimeException {

		UnknownOrganisationException(long id) {
			super("No organisation has the id " + id);
		}

	}

}
