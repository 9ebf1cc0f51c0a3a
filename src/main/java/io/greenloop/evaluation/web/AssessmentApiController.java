package io.greenloop.evaluation.web;

import io.greenloop.evaluation.AssessmentScheme;
import io.greenloop.evaluation.Assessments;
import io.greenloop.evaluation.Assessments.Assessment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment",
		description = "考核: scores per region and per responsible unit, with every point accounted for")
class AssessmentApiController {

	private final Assessments assessments;

	AssessmentApiController(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/{year}")
	@Operation(summary = "The year's scores of the caller's region (or a region within it) and the regions below, "
			+ "and of each responsible unit, with the breakdown")
	@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
	Assessment assess(@PathVariable int year, @Parameter(
			description = "a region: it and the regions below") @RequestParam(required = false) String region) {
		return this.assessments.assess(year, region);
	}

	@GetMapping("/scheme")
	@Operation(summary = "The scoring scheme in force")
	AssessmentScheme scheme() {
		return this.assessments.scheme();
	}

	@PutMapping("/scheme")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set the scoring scheme (administrators): points per status, weights by plan or target, "
			+ "penalties for late values and returned submissions")
	AssessmentScheme saveScheme(@RequestBody AssessmentScheme scheme) {
		return this.assessments.saveScheme(scheme);
	}

}
