package io.greenloop.reporting.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.greenloop.reporting.AttachmentFile;
import io.greenloop.reporting.AttachmentView;
import io.greenloop.reporting.Attachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to a submission's values: read by whoever may see the submission, added
 * and removed by whoever may edit it while it is a draft or returned.
 */
@RestController
@Tag(name = "Attachments", description = "Files attached to a submission's values (附件, 证明材料)")
class AttachmentApiController {

	private final Attachments attachments;

	AttachmentApiController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/submissions/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadAttachment",
			summary = "Attach a file to the value of an item (pdf, jpg/jpeg, png, xlsx, docx; at most 10 MB; "
					+ "at most 5 per value); 422 naming what is wrong")
	@ApiResponse(responseCode = "201", description = "Attached; Location names the file")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's to edit")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	@ApiResponse(responseCode = "422",
			description = "The file is refused: no such item, an unaccepted type, too large, empty, or too many")
	ResponseEntity<AttachmentView> upload(@PathVariable long id, @RequestParam String item,
			@RequestParam("file") MultipartFile file) {
		AttachmentView attachment = this.attachments.upload(id, item, file.getOriginalFilename(), file.getSize(), file);
		return ResponseEntity.created(URI.create("/api/attachments/" + attachment.id())).body(attachment);
	}

	@GetMapping("/api/submissions/{id}/attachments")
	@Operation(operationId = "listAttachments", summary = "The files attached to a submission's values")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No submission has the id")
	List<AttachmentView> list(@PathVariable long id) {
		return this.attachments.list(id);
	}

	@GetMapping("/api/attachments/{attachmentId}")
	@Operation(operationId = "downloadAttachment",
			summary = "Download an attached file, under the name it was uploaded with")
	@ApiResponse(responseCode = "200", description = "The file, with the type it was recognised as",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope")
	@ApiResponse(responseCode = "404", description = "No attachment has the id")
	ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
		AttachmentFile file = this.attachments.download(attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.attachment().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@DeleteMapping("/api/attachments/{attachmentId}")
	@Operation(operationId = "deleteAttachment",
			summary = "Remove an attached file (while the submission may be edited)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "Outside the caller's data scope, or not the caller's to edit")
	@ApiResponse(responseCode = "404", description = "No attachment has the id")
	@ApiResponse(responseCode = "409", description = "Not possible in the submission's state")
	ResponseEntity<Void> delete(@PathVariable long attachmentId) {
		this.attachments.delete(attachmentId);
		return ResponseEntity.noContent().build();
	}

}
