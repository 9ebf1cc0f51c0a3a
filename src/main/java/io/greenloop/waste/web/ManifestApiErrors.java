package io.greenloop.waste.web;

import io.greenloop.shared.Problems;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.TransferCheckFailedException;
import io.greenloop.waste.domain.UnknownManifestException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the transfer manifest, calendar and alert APIs answer what they refuse: a field
 * breaking a rule (400 with the field), outside the role or the parties (403), unknown
 * (404), a step the state does not allow (409), a transfer failing its checks (422 with
 * {@code errors} and {@code warnings}, each with a code and a message).
 */
@RestControllerAdvice(assignableTypes = { CalendarApiController.class, ManifestApiController.class,
		TransferAlertApiController.class, TransferApprovalApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ManifestApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.field());
	}

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(UnknownManifestException.class)
	ProblemDetail unknown(UnknownManifestException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ManifestStateException.class)
	ProblemDetail state(ManifestStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not in this state", ex.getMessage());
	}

	@ExceptionHandler(TransferCheckFailedException.class)
	ProblemDetail checks(TransferCheckFailedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "The transfer fails its checks",
				ex.getMessage());
		problem.setProperty("errors", ex.errors());
		problem.setProperty("warnings", ex.warnings());
		return problem;
	}

}
