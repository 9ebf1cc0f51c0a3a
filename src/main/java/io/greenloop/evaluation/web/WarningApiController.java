package io.greenloop.evaluation.web;

import java.util.List;

import io.greenloop.evaluation.Warnings;
import io.greenloop.evaluation.persistence.WarningRepository.Warning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warnings")
@Tag(name = "Warnings",
		description = "Early warnings (预警): targets that turned lagging, deadlines passed without data; "
				+ "acknowledged and closed with a note")
class WarningApiController {

	private final Warnings warnings;

	WarningApiController(Warnings warnings) {
		this.warnings = warnings;
	}

	@GetMapping
	@Operation(summary = "Warnings of the caller's region and below, open ones and the most severe first")
	@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
	List<Warning> find(
			@Parameter(description = "a region: it and the regions below") @RequestParam(
					required = false) String region,
			@Parameter(description = "OPEN, ACKNOWLEDGED or CLOSED") @RequestParam(required = false) String state) {
		if (state != null && !List.of("OPEN", "ACKNOWLEDGED", "CLOSED").contains(state)) {
			throw new IllegalArgumentException(
					"state 只能是 OPEN、ACKNOWLEDGED 或 CLOSED / state is OPEN, ACKNOWLEDGED or CLOSED");
		}
		return this.warnings.find(region, state);
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(summary = "确认: a reviewer of the region or above has seen it (optionally with a note)")
	@ApiResponse(responseCode = "404", description = "No such warning in the caller's scope")
	@ApiResponse(responseCode = "409", description = "The warning is not open")
	Warning acknowledge(@PathVariable long id, @RequestBody(required = false) Note body) {
		return this.warnings.acknowledge(id, body == null ? null : body.note());
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "关闭: handled, with a note saying how (required)")
	@ApiResponse(responseCode = "404", description = "No such warning in the caller's scope")
	@ApiResponse(responseCode = "409", description = "The warning is closed already")
	Warning close(@PathVariable long id, @RequestBody(required = false) Note body) {
		return this.warnings.close(id, body == null ? null : body.note());
	}

	/**
	 * A note on a warning.
	 *
	 * @param note what was found or done
	 */
	record Note(String note) {
	}

}
