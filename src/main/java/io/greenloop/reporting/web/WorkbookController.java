package io.greenloop.reporting.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.greenloop.reporting.SubmissionWorkbooks;
import io.greenloop.reporting.ValueProblem;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A submission as an Excel workbook: the template to download, the filled-in workbook to
 * upload.
 */
@RestController
@Tag(name = "Submissions",
		description = "Reported values: create, fill in, submit, approve level by level, return, reopen")
class WorkbookController {

	static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	private final SubmissionWorkbooks workbooks;

	WorkbookController(SubmissionWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/api/submissions/{id}/template")
	@Operation(summary = "The submission's pre-filled Excel template")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	ResponseEntity<byte[]> template(@PathVariable long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.workbooks.template(id, out);
		return xlsx(out.toByteArray(), "greenloop-submission-" + id + ".xlsx");
	}

	/** The template for the submission page's download link; not part of the API. */
	@Hidden
	@GetMapping("/submissions/{id}/template.xlsx")
	ResponseEntity<byte[]> templateDownload(@PathVariable long id) {
		return template(id);
	}

	@PostMapping(path = "/api/submissions/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a filled-in template, all or nothing (422 naming every problem by row and cell)")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's step")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	@ApiResponse(responseCode = "422",
			description = "Nothing imported: every problem is listed by row and cell (problems), with a marked-up copy (annotated)")
	ImportAnswer importWorkbook(@PathVariable long id, @RequestParam("file") MultipartFile file, Locale locale) {
		List<ValueProblem> warnings = Uploads.withFile(file,
				path -> this.workbooks.importWorkbook(id, path, Uploads.name(file), locale));
		return new ImportAnswer(id, warnings);
	}

	@GetMapping("/api/imports/{attempt}/annotated")
	@Operation(summary = "The copy of a refused workbook with each bad cell marked and explained (its importer only)")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No refused import of the caller's has the id")
	ResponseEntity<byte[]> annotated(@PathVariable UUID attempt) {
		return this.workbooks.annotated(attempt)
			.map(bytes -> xlsx(bytes, "greenloop-problems-" + attempt + ".xlsx"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No refused import of yours has the id " + attempt));
	}

	/**
	 * The annotated copy for the link on the submission and import pages; not part of the
	 * API.
	 */
	@Hidden
	@GetMapping("/imports/{attempt}/annotated.xlsx")
	ResponseEntity<byte[]> annotatedDownload(@PathVariable UUID attempt) {
		return this.workbooks.annotated(attempt)
			.map(bytes -> xlsx(bytes, "greenloop-problems-" + attempt + ".xlsx"))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes);
	}

	/**
	 * A workbook imported.
	 *
	 * @param submissionId the submission it went into
	 * @param warnings problems that do not block, by row and cell
	 */
	record ImportAnswer(long submissionId, List<ValueProblem> warnings) {
	}

}
