package io.greenloop.supervision.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.greenloop.supervision.Evidence;
import io.greenloop.supervision.Progress;
import io.greenloop.supervision.Progress.EvidenceFile;
import io.greenloop.supervision.ProgressReportView;
import io.greenloop.supervision.ReportProgress;
import io.greenloop.supervision.SubjectKind;
import io.greenloop.supervision.TaskProgressView;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Supervision progress",
		description = "Progress reports on tasks and projects: a unit reports (text, percent, evidence, a project's "
				+ "actual investment in 万元), the lead unit accepts or sends back; every change kept")
@ApiResponse(responseCode = "400", description = "A field breaks a rule, or a file is refused; the detail names it")
@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's unit's")
@ApiResponse(responseCode = "404", description = "No such task, project, report or file")
@ApiResponse(responseCode = "409",
		description = "Not possible in the current state (a completed task, an accepted " + "report, a closed round)")
class ProgressApiController {

	private final Progress progress;

	ProgressApiController(Progress progress) {
		this.progress = progress;
	}

	@GetMapping("/api/tasks/{code}/progress")
	@Operation(summary = "A task's state, progress, reports and history (who, when, why)")
	TaskProgressView taskProgress(@PathVariable String code) {
		return this.progress.ofTask(code);
	}

	@PostMapping(path = "/api/tasks/{code}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reports the caller's unit's progress on a task (without evidence)")
	ProgressReportView reportOnTask(@PathVariable String code, @RequestBody ReportProgress command) {
		return this.progress.report(SubjectKind.TASK, code, command, List.of());
	}

	@PostMapping(path = "/api/tasks/{code}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Reports the caller's unit's progress on a task, with evidence files "
			+ "(pdf, jpg/jpeg, png, xlsx, docx; at most 5 of 10 MB)")
	ProgressReportView reportOnTaskWithEvidence(@PathVariable String code, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer percent,
			@RequestParam(required = false, defaultValue = "false") boolean completes,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		return this.progress.report(SubjectKind.TASK, code, new ReportProgress(text, percent, null, completes),
				evidence(files));
	}

	@GetMapping("/api/projects/{code}/progress")
	@Operation(summary = "A project's progress reports, with the actual investment of each quarter (万元)")
	List<ProgressReportView> projectProgress(@PathVariable String code) {
		return this.progress.ofProject(code);
	}

	@PostMapping(path = "/api/projects/{code}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reports a project's progress and the quarter's actual investment (万元), by the unit a "
			+ "round addressed it to")
	ProgressReportView reportOnProject(@PathVariable String code, @RequestBody ReportProgress command) {
		return this.progress.report(SubjectKind.PROJECT, code, command, List.of());
	}

	@PostMapping(path = "/api/projects/{code}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Reports a project's progress and actual investment (万元), with evidence files")
	ProgressReportView reportOnProjectWithEvidence(@PathVariable String code,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer percent,
			@Parameter(description = "the quarter's actual investment, 万元") @RequestParam(
					required = false) BigDecimal investment,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		return this.progress.report(SubjectKind.PROJECT, code, new ReportProgress(text, percent, investment, false),
				evidence(files));
	}

	@GetMapping("/api/progress-reports/{id}")
	@Operation(summary = "One progress report with its evidence")
	ProgressReportView report(@PathVariable long id) {
		return this.progress.get(id);
	}

	@PostMapping("/api/progress-reports/{id}/accept")
	@Operation(summary = "The lead unit accepts a report: the task's progress (and 已完成 for a completion report)")
	ProgressReportView accept(@PathVariable long id) {
		return this.progress.review(id, true, null);
	}

	@PostMapping("/api/progress-reports/{id}/return")
	@Operation(summary = "The lead unit sends a report back with a reason")
	ProgressReportView sendBack(@PathVariable long id, @RequestBody Reason body) {
		return this.progress.review(id, false, body == null ? null : body.reason());
	}

	@GetMapping("/api/progress-evidence/{id}")
	@Operation(summary = "Downloads a file of evidence")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		EvidenceFile file = this.progress.evidence(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.evidence().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.evidence().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	static List<Evidence> evidence(List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream()
					.filter(file -> !file.isEmpty()
							|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
					.map(file -> new Evidence(file.getOriginalFilename(), file.getSize(), file))
					.toList();
	}

	/** Why a report is sent back, or a 督办 answered. */
	record Reason(String reason) {
	}

}
