package io.greenloop.waste.web;

import io.greenloop.waste.Declarations;
import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.UnknownEnterpriseException;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.shared.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the waste APIs answer what they refuse, as RFC 9457 problem details: a field
 * breaking a rule (400, with the field), outside the role or data scope (403), unknown
 * (404), already registered (409, with the field).
 */
@RestControllerAdvice(assignableTypes = { WasteCatalogueApiController.class, EditionApiController.class,
		RegistryApiController.class, BalanceApiController.class, SiteApiController.class, ClassApiController.class,
		PlanApiController.class, DeclarationApiController.class, RegistryEditApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WasteApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.field());
	}

	@ExceptionHandler(NotPermittedException.class)
	ProblemDetail notPermitted(NotPermittedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(UnknownEnterpriseException.class)
	ProblemDetail unknown(UnknownEnterpriseException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(Declarations.DeclarationStateException.class)
	ProblemDetail state(Declarations.DeclarationStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not in that state", ex.getMessage());
	}

	@ExceptionHandler(DuplicateRegistrationException.class)
	ProblemDetail duplicate(DuplicateRegistrationException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Already registered", ex.getMessage(), ex.field());
	}

}
