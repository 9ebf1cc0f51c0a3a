package io.greenloop.reporting.web;

import java.util.List;

import io.greenloop.reporting.SubmissionHistory;
import io.greenloop.reporting.SubmissionSummary;
import io.greenloop.reporting.SubmissionView;
import io.greenloop.reporting.Submissions;
import io.greenloop.reporting.Submissions.SubmissionFilter;
import io.greenloop.reporting.ValueInput;
import io.greenloop.reporting.ValueProblem;
import io.greenloop.reporting.domain.SubmissionState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Submissions through their workflow, within the caller's data scope. */
@RestController
@RequestMapping("/api/submissions")
@Tag(name = "Submissions",
		description = "Reported values: create, fill in, submit, approve level by level, return, reopen")
class SubmissionApiController {

	private final Submissions submissions;

	SubmissionApiController(Submissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping
	@Operation(summary = "The submissions the caller may see, filtered")
	@ApiResponse(responseCode = "403", description = "The region asked for is outside the caller's data scope")
	List<SubmissionSummary> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) SubmissionState state, @RequestParam(required = false) String form,
			@RequestParam(required = false) String period, @RequestParam(required = false) String awaiting) {
		return this.submissions.list(new SubmissionFilter(region, state, form, period, awaiting));
	}

	@PostMapping
	@Operation(summary = "Start (or find) the caller's submission of a form for an open period (reporters)")
	@ApiResponse(responseCode = "201", description = "Started, or the caller's submission found")
	@ApiResponse(responseCode = "403", description = "Only reporters start submissions")
	@ApiResponse(responseCode = "400", description = "The form is not reported per that period")
	@ApiResponse(responseCode = "404", description = "No form or no period has the code")
	@ApiResponse(responseCode = "409",
			description = "The period is not open, or the caller's organisation reports nothing on the form")
	ResponseEntity<SubmissionView> create(@RequestBody NewSubmission body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.submissions.create(body.form(), body.period()));
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "One submission with its values, the previous and last approved values, and the caller's actions")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	SubmissionView get(@PathVariable long id) {
		return this.submissions.get(id);
	}

	@PutMapping("/{id}/values")
	@Operation(summary = "Save values (all or nothing: any value breaking an ERROR rule refuses them all with 422)")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	@ApiResponse(responseCode = "422", description = "Values refused; every problem is listed (problems)")
	SaveAnswer save(@PathVariable long id, @RequestBody SaveValues body) {
		List<ValueProblem> warnings = this.submissions.save(id, body.values(), body.reason());
		return new SaveAnswer(this.submissions.get(id), warnings);
	}

	@GetMapping("/{id}/check")
	@Operation(summary = "The problems of the values as saved, every rule included")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	List<ValueProblem> check(@PathVariable long id) {
		return this.submissions.check(id);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "报送: send to the first reviewer (refused with 422 while any value breaks an ERROR rule)")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	@ApiResponse(responseCode = "422", description = "A value breaks an ERROR rule; every problem is listed (problems)")
	SubmissionView submit(@PathVariable long id) {
		return this.submissions.submit(id);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "审核通过 / 上级接收, by the reviewer of the region whose turn it is")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	SubmissionView approve(@PathVariable long id) {
		return this.submissions.approve(id);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "退回 with a reason, by the reviewer of the region whose turn it is")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	SubmissionView returnForRevision(@PathVariable long id, @RequestBody Reason body) {
		return this.submissions.returnForRevision(id, body.reason());
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "重新打开 an approved submission, by a reviewer above the submitting level, with a reason")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	SubmissionView reopen(@PathVariable long id, @RequestBody Reason body) {
		return this.submissions.reopen(id, body.reason());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every transition and every value change: who, when, old, new, why")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	SubmissionHistory history(@PathVariable long id) {
		return this.submissions.history(id);
	}

	/**
	 * A submission to start.
	 *
	 * @param form a plan's code, or STATS
	 * @param period a period code such as 2025Q3
	 */
	record NewSubmission(String form, String period) {
	}

	/**
	 * Values to save.
	 *
	 * @param values the values, as typed
	 * @param reason why they changed (kept in the history)
	 */
	record SaveValues(List<ValueInput> values, String reason) {
	}

	/**
	 * The submission after saving, and the warnings its values raise.
	 *
	 * @param submission the submission
	 * @param warnings problems that do not block
	 */
	record SaveAnswer(SubmissionView submission, List<ValueProblem> warnings) {
	}

	/**
	 * Why.
	 *
	 * @param reason the reason
	 */
	record Reason(String reason) {
	}

}
