package io.greenloop.evaluation.web;

import java.nio.charset.StandardCharsets;

import io.greenloop.evaluation.report.EvaluationReports;
import io.greenloop.evaluation.report.EvaluationReports.Report;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** The evaluation reports of a plan, as files to download. */
@RestController
@Tag(name = "Reports",
		description = "Annual monitoring, mid-term and final evaluation reports of a plan, generated from the stored "
				+ "results: a Word document to finish by hand, or a workbook of every result")
class ReportApiController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final EvaluationReports reports;

	ReportApiController(EvaluationReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/{plan}/{kind}")
	@Operation(summary = "A plan's annual monitoring (年度监测报告), mid-term (中期评估) or final evaluation report (终期评估)",
			description = """
					The Word document (docx, the default) has the title, the plan's issuer and number, the counts \
					of targets by status with a chart, the lagging targets with their responsible units, a table \
					of every target (baseline, latest value and year, target, status) grouped as the plan groups \
					them, and headings marked for the writers' own analysis; it says 含演示数据 when any value is \
					demonstration data. The workbook (xlsx) has every result of the plan in the region and below, \
					of every year up to the report's, by both methods. The annual report is of the year asked for, \
					else the last complete year; the mid-term of the plan period's middle year; the final of its \
					last. The file name is like 003-2024-年度监测报告.docx.""")
	@ApiResponse(responseCode = "200", description = "The report, as an attachment",
			content = { @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "403", description = "The region is outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No plan has the code")
	ResponseEntity<byte[]> report(@Parameter(description = "the plan's code, such as 003") @PathVariable String plan,
			@Parameter(description = "the kind of report",
					schema = @Schema(allowableValues = { "annual", "midterm", "final" })) @PathVariable String kind,
			@Parameter(description = "docx (default) or xlsx",
					schema = @Schema(allowableValues = { "docx", "xlsx" })) @RequestParam(
							required = false) String format,
			@Parameter(description = "for an annual report, the year (default: the last complete year)") @RequestParam(
					required = false) Integer year,
			@Parameter(description = "the region reported on (default: the plan's); it and the regions below in "
					+ "the workbook") @RequestParam(required = false) String region) {
		Report report = this.reports.generate(plan, kind, region, year, format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(report.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(report))
			.body(report.content());
	}

	/**
	 * An attachment named in UTF-8 (RFC 6266 filename*), with an ASCII name for clients
	 * that read only the plain filename (Spring would put underscores for the Chinese
	 * there).
	 */
	static String contentDisposition(Report report) {
		return ContentDisposition.attachment().filename(report.asciiFileName()).build() + "; filename*=UTF-8''"
				+ UriUtils.encode(report.fileName(), StandardCharsets.UTF_8);
	}

}
