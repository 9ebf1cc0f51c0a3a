package io.greenloop.supervision.web;

import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.reporting.ComputedValueRefusedException;
import io.greenloop.supervision.UnknownReportException;
import io.greenloop.supervision.UnknownTaskException;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.NotPermittedException;
import io.greenloop.supervision.domain.TransitionRefusedException;
import io.greenloop.shared.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the supervision APIs answer what they refuse, as RFC 9457 problem details: a field
 * breaking a rule or a refused file (400, with the field), outside the data scope or not
 * the caller's unit's (403), unknown (404), not possible in the current state (409).
 */
@RestControllerAdvice(assignableTypes = { TaskApiController.class, ProgressApiController.class,
		DispatchRoundApiController.class, SupervisionItemApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupervisionApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.field());
	}

	@ExceptionHandler(AttachmentRefusedException.class)
	ProblemDetail refusedFile(AttachmentRefusedException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "File refused", ex.getMessage(), "files");
	}

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler({ UnknownTaskException.class, UnknownReportException.class })
	ProblemDetail unknown(RuntimeException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ProblemDetail refused(TransitionRefusedException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

	@ExceptionHandler(ComputedValueRefusedException.class)
	ProblemDetail computedRefused(ComputedValueRefusedException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Computed value refused", ex.getMessage(), ex.field());
	}

}
