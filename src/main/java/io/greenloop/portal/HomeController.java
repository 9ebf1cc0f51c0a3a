package io.greenloop.portal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
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
		List<IndicatorView> targets = this.catalogue.indicators(IndicatorQuery.all());
		Map<Integer, Long> regionsByLevel = this.regions.all()
			.stream()
			.collect(Collectors.groupingBy(Region::level, Collectors.counting()));
		model.addAttribute("plans", plans);
		model.addAttribute("targetCount", targets.size());
		model.addAttribute("conceptCount", this.catalogue.concepts().size());
		model.addAttribute("leagueCount", regionsByLevel.getOrDefault(2, 0L));
		model.addAttribute("countyCount", regionsByLevel.getOrDefault(3, 0L));
		model.addAttribute("organisationCount", this.organisations.count());
		model.addAttribute("composition", composition(plans, targets));
		return "home";
	}

	/**
	 * For each plan, how many of its targets are quantified, assigned by a higher level,
	 * or qualitative.
	 */
	private static Map<String, Map<String, Long>> composition(List<PlanView> plans, List<IndicatorView> targets) {
		Map<String, Map<String, Long>> byPlan = targets.stream()
			.collect(Collectors.groupingBy(IndicatorView::planCode,
					Collectors.groupingBy(target -> kindOf(target.target().comparator()), Collectors.counting())));
		return plans.stream()
			.collect(Collectors.toMap(PlanView::code, plan -> byPlan.getOrDefault(plan.code(), Map.of()), (a, b) -> a,
					java.util.TreeMap::new));
	}

	private static String kindOf(TargetComparator comparator) {
		if (comparator.isNumeric()) {
			return "numeric";
		}
		return comparator == TargetComparator.ASSIGNED ? "assigned" : "qualitative";
	}

}
