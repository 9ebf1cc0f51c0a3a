package io.greenloop.waste.web;

import io.greenloop.shared.Problems;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the transfer manifest, calendar and alert APIs answer what they refuse: a field
 * breaking a rule (400 with the field), outside the role or the parties (403).
 */
@RestControllerAdvice(assignableTypes = { CalendarApiController.class })
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

}
