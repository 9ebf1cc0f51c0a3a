package io.greenloop.dashboard.web;

import java.util.Locale;

import io.greenloop.dashboard.DashboardQuery;
import io.greenloop.dashboard.DashboardView;
import io.greenloop.dashboard.Dashboards;
import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.region.UnknownRegionException;
import io.greenloop.shared.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard",
		description = "The leaders' dashboard of a region: targets by status, the trend, the divisions below "
				+ "(the 12 盟市 of the autonomous region) and the lagging targets, from the stored evaluation results")
class DashboardApiController {

	private final Dashboards dashboards;

	DashboardApiController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping
	@Operation(
			summary = "The dashboard of a region (default: the caller's), year (default: the latest with results up to this year) and plan "
					+ "(default: all)")
	@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No region has the code")
	DashboardView dashboard(
			@Parameter(description = "a region: it and the regions below") @RequestParam(
					required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String plan,
			@Parameter(description = "a concept's or target's code: each division's latest value of it") @RequestParam(
					required = false) String indicator,
			Locale locale) {
		return this.dashboards.view(new DashboardQuery(region, year, plan, indicator), locale);
	}

	@ExceptionHandler(EvaluationRefusedException.class)
	ProblemDetail refused(EvaluationRefusedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(UnknownRegionException.class)
	ProblemDetail unknown(UnknownRegionException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

}
