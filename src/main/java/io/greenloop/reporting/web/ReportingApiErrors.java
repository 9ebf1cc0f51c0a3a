package io.greenloop.reporting.web;

import io.greenloop.reporting.ImportRefusedException;
import io.greenloop.reporting.UnknownSubmissionException;
import io.greenloop.reporting.ValuesRejectedException;
import io.greenloop.reporting.domain.InvalidRequestException;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.domain.UnknownReferenceException;
import io.greenloop.shared.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the reporting APIs answer what they refuse, as RFC 9457 problem details: outside
 * the data scope or not the caller's step (403), not possible in the submission's state
 * (409), values refused with every problem listed (422), unknown submission, form or
 * period (404), a request lacking what it needs such as a reason (400). It applies to the
 * reporting API controllers only, named one by one: an advice's selectors are
 * alternatives, so "REST controllers in this package" cannot be said, and neither the
 * other modules' APIs nor the reporting pages (which answer with error pages and
 * redirects) are its business. A test checks that every REST controller of this package,
 * and nothing else, is listed.
 */
@RestControllerAdvice(assignableTypes = { SubmissionApiController.class, WorkbookController.class,
		ValueApiController.class, RuleApiController.class, PeriodApiController.class, AttachmentApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingApiErrors {

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ProblemDetail refused(TransitionRefusedException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler(UnknownReferenceException.class)
	ProblemDetail unknownReference(UnknownReferenceException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown form or period", ex.getMessage());
	}

	@ExceptionHandler(ValuesRejectedException.class)
	ProblemDetail rejected(ValuesRejectedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Values refused", ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail importRefused(ImportRefusedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Workbook not imported", ex.getMessage());
		problem.setProperty("code", ex.code());
		problem.setProperty("problems", ex.problems());
		if (ex.attempt() != null) {
			problem.setProperty("annotated", "/api/imports/" + ex.attempt() + "/annotated");
		}
		return problem;
	}

	@ExceptionHandler(UnknownSubmissionException.class)
	ProblemDetail unknown(UnknownSubmissionException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown submission", ex.getMessage());
	}

}
