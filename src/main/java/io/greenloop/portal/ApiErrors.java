package io.greenloop.portal;

import io.greenloop.shared.InvalidRegionCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API answers errors as an RFC 9457 {@link ProblemDetail}: Spring MVC's own
 * exceptions (a missing or malformed parameter, an unsupported method) through
 * {@link ResponseEntityExceptionHandler}, and a value the domain refuses
 * ({@link IllegalArgumentException}, such as a region code that is not six digits) as 400
 * with the reason. Pages are not affected: they get the error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badValue(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

}
