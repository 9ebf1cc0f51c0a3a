package io.greenloop.waste.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.greenloop.waste.Ledger;
import io.greenloop.waste.LedgerBulkLoad;
import io.greenloop.waste.LedgerPage;
import io.greenloop.waste.LedgerResult;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerStage;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;
import io.greenloop.waste.persistence.LedgerVoidRepository;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Waste ledger",
		description = "A site's 危险废物管理台账 (HJ 1259—2022 §6): records per container or batch for each stage, "
				+ "posted as JSON (with an Idempotency-Key) or uploaded as .xlsx/.csv, all or nothing; an "
				+ "\"updated since\" cursor for provincial and national systems; yearly export")
@ApiResponse(responseCode = "400",
		description = "Records break the ledger's rules: errors lists each one (index or row, field or column, reason)")
@ApiResponse(responseCode = "403",
		description = "The caller does not keep (writes) or see (reads) the enterprise's records")
@ApiResponse(responseCode = "404", description = "No such site")
class LedgerApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Ledger ledger;

	private final LedgerBulkLoad bulkLoad;

	LedgerApiController(Ledger ledger, LedgerBulkLoad bulkLoad) {
		this.ledger = ledger;
		this.bulkLoad = bulkLoad;
	}

	@PostMapping("/api/waste/sites/{id}/ledger")
	@ApiResponse(responseCode = "201",
			description = "Recorded (or, for a retry with the same Idempotency-Key and "
					+ "body, the first answer again with Idempotent-Replayed: true)")
	@ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for a different request")
	@Operation(summary = "Records a list of ledger records for the site in one transaction, all or nothing")
	ResponseEntity<LedgerResult> record(@PathVariable long id, @RequestBody List<LedgerEntry> records,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Ledger.Recorded recorded = this.ledger.record(id, records, key);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
			.body(recorded.result());
	}

	@GetMapping("/api/waste/sites/{id}/ledger")
	@Operation(summary = "The site's records, by time; filters: stage, waste code, month (2025-11)")
	List<LedgerRow> list(@PathVariable long id, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String code, @RequestParam(required = false) String month) {
		return this.ledger.list(id, stage(stage), code, month(month));
	}

	@PostMapping(path = "/api/waste/sites/{id}/ledger/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "Every row recorded")
	@Operation(summary = "Records the rows of an .xlsx or .csv file in the template's columns, all or nothing; "
			+ "refusals name the row and column")
	ResponseEntity<LedgerResult> upload(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED).body(LedgerUploads.record(this.ledger, id, file));
	}

	@GetMapping("/api/waste/ledger/template")
	@Operation(summary = "The upload template (.xlsx or .csv): the header row of the ledger's columns")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		return file(List.of(), format, "ledger-template");
	}

	@GetMapping("/api/waste/sites/{id}/ledger/export")
	@Operation(summary = "The site's records of a year (China time) as .xlsx or .csv, in the template's columns")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam int year,
			@RequestParam(defaultValue = "xlsx") String format) {
		return file(this.ledger.year(id, year), format, "ledger-site" + id + "-" + year);
	}

	@GetMapping("/api/waste/ledger")
	@Operation(summary = "Records visible to the caller written after the cursor, in the order written, with the "
			+ "next cursor: for incremental sync by provincial and national systems")
	LedgerPage since(@RequestParam(required = false) String since, @RequestParam(defaultValue = "500") int limit) {
		return this.ledger.since(since, limit);
	}

	@GetMapping("/api/waste/ledger/voided")
	@Operation(summary = "Voids visible to the caller made after the cursor, in the order made, with the next "
			+ "cursor: how a system following the records learns which left the ledger")
	Ledger.VoidPage voidedSince(@RequestParam(required = false) String since,
			@RequestParam(defaultValue = "500") int limit) {
		return this.ledger.voidedSince(since, limit);
	}

	/** Why a record is voided. */
	record VoidRequest(String reason) {
	}

	@PostMapping("/api/waste/sites/{id}/ledger/{recordId}/void")
	@ApiResponse(responseCode = "409",
			description = "Something depends on the record: a record taking from its batch, or a transfer manifest")
	@Operation(summary = "Voids a record entered wrongly (its enterprise or an administrator, with a reason): it "
			+ "leaves the ledger whole and is kept among the voided records; the right record is entered anew")
	LedgerVoidRepository.VoidRow voidRecord(@PathVariable long id, @PathVariable long recordId,
			@RequestBody VoidRequest request) {
		return this.ledger.voidRecord(id, recordId, request.reason());
	}

	@GetMapping("/api/waste/sites/{id}/ledger/voided")
	@Operation(summary = "The site's voided records, the latest first, each with the record as it was")
	List<LedgerVoidRepository.VoidRow> voided(@PathVariable long id) {
		return this.ledger.voided(id);
	}

	@PostMapping(path = "/api/waste/ledger/bulk", consumes = "text/csv")
	@ApiResponse(responseCode = "200", description = "Every row loaded")
	@Operation(summary = "Bulk load (administrators): CSV with a siteId column and the template's columns, streamed "
			+ "through COPY in one transaction; rows, facilities, licences and the batch chain checked as they "
			+ "pass; any problem refuses the whole load")
	LedgerBulkLoad.BulkLoadResult bulk(HttpServletRequest request) throws IOException {
		try (Reader reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return this.bulkLoad.load(reader);
		}
	}

	static ResponseEntity<byte[]> file(List<LedgerRow> rows, String format, String name) {
		boolean csv = "csv".equalsIgnoreCase(format);
		if (!csv && !"xlsx".equalsIgnoreCase(format)) {
			throw new InvalidInputException("format", "The format is xlsx or csv, not '" + format + "'");
		}
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + (csv ? ".csv" : ".xlsx")).build().toString())
			.body(csv ? LedgerSheet.csv(rows) : LedgerSheet.xlsx(rows));
	}

	static LedgerStage stage(String stage) {
		if (stage == null || stage.isBlank()) {
			return null;
		}
		return LedgerStage.parse(stage)
			.orElseThrow(() -> new InvalidInputException("stage", "Unknown stage '" + stage + "'"));
	}

	static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "'" + month + "' is not a month (2025-11)");
		}
	}

}
