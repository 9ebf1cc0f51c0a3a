package io.greenloop.supervision.web;

import java.util.List;

import io.greenloop.supervision.SupervisionItemView;
import io.greenloop.supervision.SupervisionItems;
import io.greenloop.supervision.SupervisionStatistics;
import io.greenloop.supervision.UnitStatistics;
import io.greenloop.supervision.web.ProgressApiController.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supervision items",
		description = "督办: a missed milestone or round deadline asks the responsible unit "
				+ "to reply by a deadline; unanswered items escalate to the lead unit, then to the administrators")
@ApiResponse(responseCode = "400", description = "No reply text")
@ApiResponse(responseCode = "403", description = "Not addressed to the caller's unit, or outside its data scope")
@ApiResponse(responseCode = "404", description = "No such item")
@ApiResponse(responseCode = "409", description = "Already answered")
class SupervisionItemApiController {

	private final SupervisionItems items;

	private final SupervisionStatistics statistics;

	SupervisionItemApiController(SupervisionItems items, SupervisionStatistics statistics) {
		this.items = items;
		this.statistics = statistics;
	}

	@GetMapping("/api/supervision/statistics")
	@Operation(summary = "Per unit: tasks, completed, overdue, round slots due and reported on time (on-time rate), "
			+ "督办 items; within the caller's data scope")
	List<UnitStatistics> statistics() {
		return this.statistics.visible();
	}

	@GetMapping("/api/supervision-items")
	@Operation(summary = "督办 items, newest first, within the caller's data scope")
	List<SupervisionItemView> list(
			@Parameter(description = "only the caller's unit's") @RequestParam(defaultValue = "false") boolean mine,
			@Parameter(description = "only those not answered") @RequestParam(defaultValue = "false") boolean open) {
		return this.items.list(mine, open);
	}

	@PostMapping("/api/supervision-items/{id}/reply")
	@Operation(summary = "The addressed unit replies")
	SupervisionItemView reply(@PathVariable long id, @RequestBody Reason body) {
		return this.items.reply(id, body == null ? null : body.reason());
	}

}
