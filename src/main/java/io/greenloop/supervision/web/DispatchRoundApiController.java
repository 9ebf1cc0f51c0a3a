package io.greenloop.supervision.web;

import java.util.List;

import io.greenloop.supervision.Decision;
import io.greenloop.supervision.DispatchRounds;
import io.greenloop.supervision.OpenRound;
import io.greenloop.supervision.RoundReports;
import io.greenloop.supervision.RoundView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dispatch rounds", description = "调度: an administrator opens a round with a deadline, every responsible "
		+ "unit reports on its open tasks and projects, the lead units consolidate, the round closes with a .docx "
		+ "and an .xlsx report generated from the stored data")
@ApiResponse(responseCode = "400", description = "A field breaks a rule; the detail names it")
@ApiResponse(responseCode = "403", description = "Not an administrator (open, close), or not the lead unit")
@ApiResponse(responseCode = "404", description = "No such round or report")
@ApiResponse(responseCode = "409", description = "The round is closed")
class DispatchRoundApiController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DispatchRounds rounds;

	private final RoundReports reports;

	DispatchRoundApiController(DispatchRounds rounds, RoundReports reports) {
		this.rounds = rounds;
		this.reports = reports;
	}

	@PostMapping("/api/dispatch-rounds")
	@Operation(summary = "Opens a round (administrators): every responsible unit gets its open tasks and projects")
	RoundView open(@RequestBody OpenRound command) {
		return this.rounds.open(command);
	}

	@GetMapping("/api/dispatch-rounds")
	@Operation(summary = "The rounds, newest first, with their report counts")
	List<RoundView> list() {
		return this.rounds.list();
	}

	@GetMapping("/api/dispatch-rounds/{id}")
	@Operation(summary = "A round with its reports (within the caller's data scope)")
	RoundView get(@PathVariable long id) {
		return this.rounds.get(id);
	}

	@PostMapping("/api/dispatch-rounds/{id}/consolidate")
	@Operation(summary = "The lead unit accepts or sends back reports of the round, all or none")
	RoundView consolidate(@PathVariable long id, @RequestBody Consolidation body) {
		return this.rounds.consolidate(id, body == null ? null : body.decisions());
	}

	@PostMapping("/api/dispatch-rounds/{id}/close")
	@Operation(summary = "Closes the round (administrators)")
	RoundView close(@PathVariable long id) {
		return this.rounds.close(id);
	}

	@GetMapping("/api/dispatch-rounds/{id}/report")
	@Operation(summary = "The round's consolidated report: docx (narrative and a table of every task) or xlsx "
			+ "(every report row)")
	ResponseEntity<byte[]> report(@PathVariable long id,
			@Parameter(description = "docx or xlsx") @RequestParam(defaultValue = "docx") String format) {
		boolean word = !"xlsx".equals(format);
		if (word && !"docx".equals(format)) {
			throw new io.greenloop.supervision.domain.InvalidInputException("format",
					"格式须为docx或xlsx / format must be docx or xlsx");
		}
		RoundView round = this.reports.round(id);
		String name = "调度" + id + (word ? ".docx" : ".xlsx");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (word) {
			this.reports.docx(round, body);
		}
		else {
			this.reports.xlsx(round, body);
		}
		return ResponseEntity.ok()
			.contentType(word ? DOCX : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body.toByteArray());
	}

	/** The decisions of a consolidation. */
	record Consolidation(List<Decision> decisions) {
	}

}
