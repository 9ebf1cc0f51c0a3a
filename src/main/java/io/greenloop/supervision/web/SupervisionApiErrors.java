package io.greenloop.supervision.web;

import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.reporting.ComputedValueRefusedException;
import io.greenloop.supervision.UnknownReportException;
import io.greenloop.supervision.UnknownTaskException;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.NotPermittedException;
import io.greenloop.supervision.domain.TransitionRefusedException;

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
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(AttachmentRefusedException.class)
	ProblemDetail refusedFile(AttachmentRefusedException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "File refused", ex.getMessage());
		problem.setProperty("field", "files");
		return problem;
	}

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler({ UnknownTaskException.class, UnknownReportException.class })
	ProblemDetail unknown(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ProblemDetail refused(TransitionRefusedException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

	@ExceptionHandler(ComputedValueRefusedException.class)
	ProblemDetail computedRefused(ComputedValueRefusedException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Computed value refused", ex.getMessage());
		problem.setProperty("field", ex.field());
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
