package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.ManagementPlans;
import io.greenloop.waste.PlanCommands.FilePlan;
import io.greenloop.waste.PlanViews.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste management plans",
		description = "The annual hazardous waste management plan of a site (HJ 1259—2022 §5): content by class, "
				+ "waste codes of the 名录 in force on 1 January, receivers' licences; a change files a new version")
@ApiResponse(responseCode = "400",
		description = "A field breaks a rule; field names it, lines[i].field for a line (the message says 'Line i+1')")
@ApiResponse(responseCode = "403",
		description = "Not acting for the enterprise, nor an administrator or reviewer " + "in scope")
@ApiResponse(responseCode = "404", description = "No such site or plan")
class PlanApiController {

	private final ManagementPlans plans;

	PlanApiController(ManagementPlans plans) {
		this.plans = plans;
	}

	@PostMapping("/api/waste/sites/{id}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Files the site's plan for a year, or a new version of it with a change reason")
	PlanView file(@PathVariable long id, @RequestBody FilePlan command) {
		return this.plans.file(id, command);
	}

	@GetMapping("/api/waste/sites/{id}/plans")
	@Operation(summary = "Every version of the site's plans, the newest first")
	List<PlanView> ofSite(@PathVariable long id) {
		return this.plans.ofSite(id);
	}

	@GetMapping("/api/waste/plans/{id}")
	@Operation(summary = "One version of a plan with its lines")
	PlanView get(@PathVariable long id) {
		return this.plans.get(id);
	}

}
