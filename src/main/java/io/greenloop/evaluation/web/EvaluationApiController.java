package io.greenloop.evaluation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.greenloop.evaluation.Consistency;
import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.EvaluationResults.EvaluationQuery;
import io.greenloop.evaluation.EvaluationResults.ResultPage;
import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.Evaluations;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.plan.IndicatorView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluation")
@Tag(name = "Evaluation",
		description = "Where every target stands in every region and year: status, progress, expected value, gap, "
				+ "projection, and what each was computed from")
class EvaluationApiController {

	/** The header that says how many results match in all. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private static final int MAX_LIMIT = 10_000;

	private final EvaluationResults results;

	private final Evaluations evaluations;

	private final Consistency consistency;

	EvaluationApiController(EvaluationResults results, Evaluations evaluations, Consistency consistency) {
		this.results = results;
		this.evaluations = evaluations;
		this.consistency = consistency;
	}

	@GetMapping
	@Operation(summary = "Stored results, filtered; without a region, the caller's region and below. In pages of "
			+ "at most limit results (1000 unless asked, at most 10000), in the order of plan, target, region and year; "
			+ "the X-Total-Count header says how many match in all")
	@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
	ResponseEntity<List<EvaluationView>> find(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String target,
			@Parameter(description = "a region: it and the regions below") @RequestParam(
					required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@Parameter(description = "PLAN (default) or OPEN_SDG") @RequestParam(required = false) String method,
			@Parameter(description = "how many results at most, 1 to 10000") @RequestParam(
					defaultValue = "1000") int limit,
			@Parameter(description = "how many results to skip") @RequestParam(defaultValue = "0") int offset,
			Locale locale) {
		if (method != null && !List.of("PLAN", "OPEN_SDG").contains(method)) {
			throw new IllegalArgumentException("method 只能是 PLAN 或 OPEN_SDG / method is PLAN or OPEN_SDG");
		}
		if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
			throw new IllegalArgumentException(
					"limit 须在1到%d之间，offset 不能为负 / limit is 1 to %d and offset is not negative".formatted(MAX_LIMIT,
							MAX_LIMIT));
		}
		ResultPage page = this.results.page(new EvaluationQuery(plan, target, region, year, status, method), limit,
				offset, locale);
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(page.total())).body(page.rows());
	}

	@PostMapping("/judgements")
	@Operation(summary = "A reviewer's judgement (人工评定) of a target the numbers cannot settle, with the reason; "
			+ "answers the target's re-evaluated results for the year")
	@ApiResponse(responseCode = "403", description = "Not a reviewer of the region or above")
	List<EvaluationView> judge(@RequestBody JudgementRequest body, Locale locale) {
		if (body.target() == null || body.region() == null || body.year() == null || body.status() == null) {
			throw new IllegalArgumentException("须给出 target、region、year、status 和 reason / target, region, year, status "
					+ "and reason are required");
		}
		return this.results.judge(body.target(), body.region(), body.year(), body.status(), body.reason(), locale);
	}

	@GetMapping("/consistency")
	@Operation(summary = "Cross-plan consistency: targets of one concept for a region and a region inside it, "
			+ "same measure, unit and year; a lower level's figure looser than the upper level's is flagged (looser)")
	List<ConsistencyPair> consistency(@RequestParam(defaultValue = "false") boolean looserOnly) {
		return this.consistency.pairs()
			.stream()
			.filter(pair -> !looserOnly || pair.looser())
			.map(pair -> new ConsistencyPair(pair.upper().concept(), pair.upper().conceptName(), side(pair.upper()),
					side(pair.lower()), pair.looser()))
			.toList();
	}

	private static Side side(IndicatorView target) {
		return new Side(target.code(), target.planCode(), target.region(), target.regionName(), target.name(),
				target.target().text(), target.target().value(), target.unit(), target.target().year());
	}

	@PostMapping("/recompute")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Re-evaluate every target in every region (administrators); the targets whose inputs have "
			+ "not changed since their results were stored keep them, unless everything=true")
	Evaluations.Recomputed recompute(
			@Parameter(description = "recompute and rewrite every result, changed inputs or not") @RequestParam(
					defaultValue = "false") boolean everything) {
		return this.evaluations.recomputeAll(everything);
	}

	/**
	 * A judgement.
	 *
	 * @param target the target's code
	 * @param region the region
	 * @param year the year judged
	 * @param status ACHIEVED, ON_TRACK, LAGGING or SERIOUSLY_LAGGING
	 * @param reason why
	 */
	record JudgementRequest(String target, String region, Integer year, Status status, String reason) {
	}

	/**
	 * Two targets of one concept at two levels.
	 *
	 * @param concept the concept's code
	 * @param conceptName its name
	 * @param upper the region above
	 * @param lower the region inside it
	 * @param looser whether the lower level asks less than the upper one
	 */
	record ConsistencyPair(String concept, String conceptName, Side upper, Side lower, boolean looser) {
	}

	/**
	 * One target of a pair.
	 *
	 * @param code the target
	 * @param plan its plan
	 * @param region its region
	 * @param regionName the region's name
	 * @param name the indicator as the plan words it
	 * @param text the target as printed
	 * @param figure its figure
	 * @param unit its unit
	 * @param year its year
	 */
	record Side(String code, String plan, String region, String regionName, String name, String text,
			java.math.BigDecimal figure, String unit, int year) {
	}

}
