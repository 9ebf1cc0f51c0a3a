package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.Balances.Balance;
import io.greenloop.waste.Balances.Flag;
import io.greenloop.waste.WasteFlows.Sankey;
import io.greenloop.waste.WasteIndicators.Value;
import io.greenloop.waste.WasteOverview;
import io.greenloop.waste.WasteOverview.Recomputed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste balances",
		description = "Per site, waste and year: generated, utilised, disposed, landfilled, stored, received and "
				+ "sent, computed from the ledger; the checks on them; the flows; and the solid-waste indicators "
				+ "computed from them (一数一源), each beside the value reported by hand")
@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
class BalanceApiController {

	private final WasteOverview overview;

	BalanceApiController(WasteOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/api/waste/balances")
	@Operation(summary = "The balances of a region (and the regions below) in a year")
	List<Balance> balances(@RequestParam(required = false) String region, @RequestParam int year) {
		return this.overview.balances(region, year);
	}

	@GetMapping("/api/waste/balance-flags")
	@Operation(summary = "What the checks found in a region's balances of a year",
			description = "UNBALANCED, GENERATED_UNTRACKED, SENT_NOT_RECEIVED, RECEIVER_OVER_CAPACITY")
	List<Flag> flags(@RequestParam(required = false) String region, @RequestParam int year) {
		return this.overview.flags(region, year);
	}

	@GetMapping("/api/waste/flows")
	@Operation(summary = "A region's waste flows of a year as Sankey nodes and links (tonnes)")
	Sankey flows(@RequestParam(required = false) String region, @RequestParam int year,
			@RequestParam(defaultValue = "HAZARDOUS") String kind) {
		return this.overview.flows(region, year, kind);
	}

	@GetMapping("/api/waste/indicators")
	@Operation(summary = "The solid-waste indicators computed for a region and year, beside the reported values")
	List<Value> indicators(@RequestParam(required = false) String region, @RequestParam int year) {
		return this.overview.indicators(region, year);
	}

	@PostMapping("/api/waste/balances/recompute")
	@Operation(summary = "Recompute balances, flags and indicators (administrators and reviewers)",
			description = "The given years, or every year with ledger records")
	Recomputed recompute(@RequestParam(required = false) List<Integer> year) {
		return this.overview.recompute(year == null ? List.of() : year);
	}

}
