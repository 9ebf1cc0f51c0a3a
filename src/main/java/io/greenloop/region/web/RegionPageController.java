package io.greenloop.region.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.greenloop.region.OrganisationQuery;
import io.greenloop.region.Organisations;
import io.greenloop.region.Region;
import io.greenloop.region.RegionKind;
import io.greenloop.region.Regions;
import io.greenloop.region.UnknownRegionException;
import io.greenloop.shared.RegionCode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages of the hierarchy: the tree of divisions, and one division with its organisations.
 */
@Controller
class RegionPageController {

	private final Regions regions;

	private final Organisations organisations;

	RegionPageController(Regions regions, Organisations organisations) {
		this.regions = regions;
		this.organisations = organisations;
	}

	@GetMapping("/regions")
	String tree(Model model) {
		Map<RegionKind, Long> counts = this.regions.all()
			.stream()
			.collect(Collectors.groupingBy(Region::kind, TreeMap::new, Collectors.counting()));
		model.addAttribute("tree", this.regions.tree());
		model.addAttribute("counts", counts);
		return "region/regions";
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, Model model) {
		RegionCode regionCode = parse(code);
		try {
			model.addAttribute("region", this.regions.get(regionCode));
			model.addAttribute("path", this.regions.path(regionCode));
			model.addAttribute("children", this.regions.children(regionCode));
		}
		catch (UnknownRegionException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
		model.addAttribute("organisations",
				this.organisations.list(new OrganisationQuery(regionCode, false, null, null)));
		return "region/region";
	}

	private static RegionCode parse(String code) {
		try {
			return RegionCode.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

}
