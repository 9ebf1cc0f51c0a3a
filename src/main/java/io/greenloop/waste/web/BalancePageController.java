package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.region.Regions;
import io.greenloop.waste.WasteFlows.Sankey;
import io.greenloop.waste.WasteOverview;

import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A region's waste of a year: the flows as a Sankey diagram, the indicators computed from
 * the ledger beside the values reported by hand, what the checks found, and the balances
 * by site and waste.
 */
@Controller
class BalancePageController {

	private final WasteOverview overview;

	private final Regions regions;

	private final CurrentAccount account;

	private final Clock clock;

	private final JsonMapper json;

	BalancePageController(WasteOverview overview, Regions regions, CurrentAccount account, Clock clock,
			JsonMapper json) {
		this.json = json;
		this.overview = overview;
		this.regions = regions;
		this.account = account;
		this.clock = clock;
	}

	@GetMapping("/waste/balances")
	String balances(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "HAZARDOUS") String kind, Model model) {
		DataScope scope = this.account.scope();
		List<Integer> years = this.overview.years();
		int shown = (year != null) ? year
				: years.isEmpty() ? LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear()
						: years.get(years.size() - 1);
		String code = (region == null || region.isBlank()) ? this.overview.defaultRegion() : region;
		model.addAttribute("region", code);
		model.addAttribute("year", shown);
		model.addAttribute("kind", kind);
		model.addAttribute("years", years);
		model.addAttribute("regions", this.regions.all().stream().filter(r -> scope.sees(r.code())).toList());
		Sankey flows = this.overview.flows(code, shown, kind);
		model.addAttribute("flows", flows);
		model.addAttribute("flowsJson", this.json.writeValueAsString(flows));
		model.addAttribute("indicators", this.overview.indicators(code, shown));
		model.addAttribute("flags", this.overview.flags(code, shown));
		model.addAttribute("balances", this.overview.balances(code, shown));
		return "waste/balances";
	}

	@PostMapping("/waste/balances/recompute")
	String recompute(@RequestParam(required = false) String region, @RequestParam int year) {
		this.overview.recompute(List.of());
		return "redirect:/waste/balances?region=" + (region == null ? "" : region) + "&year=" + year;
	}

}
