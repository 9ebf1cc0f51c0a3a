package io.greenloop.reporting.web;

import java.util.List;
import java.util.Locale;

import io.greenloop.reporting.ApprovedValue;
import io.greenloop.reporting.ApprovedValues;
import io.greenloop.reporting.ValueImports;
import io.greenloop.reporting.ValueImports.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Approved values, within the caller's data scope. */
@RestController
@RequestMapping("/api/values")
@Tag(name = "Values",
		description = "Approved values by target or series, region and period, with their revision history")
class ValueApiController {

	private final ApprovedValues values;

	private final ValueImports imports;

	ValueApiController(ApprovedValues values, ValueImports imports) {
		this.values = values;
		this.imports = imports;
	}

	@GetMapping
	@Operation(summary = "Approved values by item (target or series code), region (and below) and period",
			description = "At most " + ApprovedValues.LIMIT
					+ " values, the latest periods first; the export (/api/values/export) has every value of the filter.")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	List<ApprovedValue> values(@RequestParam(required = false) String item,
			@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
		return this.values.find(item, region, period);
	}

	@GetMapping("/export")
	@Operation(summary = "The same filter as an Excel workbook, with every value of the filter (no limit)")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = WorkbookController.XLSX_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String item,
			@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
		ApprovedValues.ExportFilter filter = this.values.exportFilter(item, region, period);
		return ResponseEntity.ok()
			.contentType(WorkbookController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("greenloop-values.xlsx").build().toString())
			.body(out -> this.values.export(filter, out));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Import approved values in bulk from a workbook (编号, 地区, 期间, 值, 单位, 备注), all or nothing (administrators)")
	@ApiResponse(responseCode = "422",
			description = "Nothing imported: every problem is listed by row and cell (problems), with a marked-up copy (annotated)")
	ImportResult importValues(@RequestParam("file") MultipartFile file, Locale locale) {
		return Uploads.withFile(file, path -> this.imports.importValues(path, Uploads.name(file), locale));
	}

	@GetMapping("/history")
	@Operation(summary = "Every approved revision of one value, oldest first")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	List<ApprovedValue> history(@RequestParam String item, @RequestParam String region, @RequestParam String period) {
		return this.values.history(item, region, period);
	}

}
