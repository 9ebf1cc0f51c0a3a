package io.greenloop.portal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.PlanView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.region.Organisations;
import io.greenloop.region.Region;
import io.greenloop.region.Regions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Greenloop holds, and the plans it supervises. */
@Controller
class HomeController {

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final Organisations organisations;

	HomeController(IndicatorCatalogue catalogue, Regions regions, Organisations organisations) {
		this.catalogue = catalogue;
		this.regions = regions;
		this.organisations = organisations;
	}

	@GetMapping("/")
	String home(Model model) {
		List<PlanView> plans = this.catalogue.plans();
		Map<Integer, Long> regionsByLevel = this.regions.all()
			.stream()
			.collect(Collectors.groupingBy(Region::level, Collectors.counting()));
		model.addAttribute("plans", plans);
		model.addAttribute("targetCount", plans.stream().mapToInt(PlanView::targetCount).sum());
		model.addAttribute("conceptCount", this.catalogue.concepts().size());
		model.addAttribute("leagueCount", regionsByLevel.getOrDefault(2, 0L));
		model.addAttribute("countyCount", regionsByLevel.getOrDefault(3, 0L));
		model.addAttribute("organisationCount", this.organisations.count());
		model.addAttribute("composition", composition(this.catalogue.composition()));
		return "home";
	}

	/**
	 * For each plan, how many of its targets are quantified, assigned by a higher level,
	 * or qualitative.
	 */
	private static Map<String, Map<String, Long>> composition(Map<String, Map<TargetComparator, Long>> counts) {
		Map<String, Map<String, Long>> composition = new TreeMap<>();
		counts.forEach((plan, byComparator) -> byComparator
			.forEach((comparator, count) -> composition.computeIfAbsent(plan, key -> new TreeMap<>())
				.merge(kindOf(comparator), count, Long::sum)));
		return composition;
	}

	private static String kindOf(TargetComparator comparator) {
		if (comparator.isNumeric()) {
			return "numeric";
		}
		return comparator == TargetComparator.ASSIGNED ? "assigned" : "qualitative";
	}

}
