package io.greenloop.reporting.web;

import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.reporting.UnknownAttachmentException;
import io.greenloop.shared.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the attachment API answers a file it refuses (422, saying which types and sizes are
 * accepted) and an unknown attachment (404). Refusals about the submission itself (scope,
 * state) are answered by {@link ReportingApiErrors}.
 */
@RestControllerAdvice(assignableTypes = AttachmentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentApiErrors {

	@ExceptionHandler(AttachmentRefusedException.class)
	ProblemDetail refused(AttachmentRefusedException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Attachment refused", ex.getMessage());
	}

	@ExceptionHandler(UnknownAttachmentException.class)
	ProblemDetail unknown(UnknownAttachmentException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown attachment", ex.getMessage());
	}

}
