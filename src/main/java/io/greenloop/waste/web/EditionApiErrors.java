package io.greenloop.waste.web;

import io.greenloop.shared.Problems;
import io.greenloop.waste.domain.EditionTable.RefusedFileException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused edition file as a problem detail (400): {@code field} is the column of the
 * first error, {@code file} the file, {@code errors} every row and column with its rule.
 * The other refusals answer as the other waste APIs do ({@link WasteApiErrors}).
 */
@RestControllerAdvice(assignableTypes = EditionApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditionApiErrors {

	@ExceptionHandler(RefusedFileException.class)
	ProblemDetail refused(RefusedFileException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid file", ex.getMessage(),
				ex.errors().get(0).column());
		problem.setProperty("file", ex.file());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

}
