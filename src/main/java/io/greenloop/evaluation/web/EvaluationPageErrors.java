package io.greenloop.evaluation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.evaluation.Warnings.UnknownWarningException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The evaluation pages' errors as error pages: outside the data scope 403, an unknown
 * warning 404, a region code that is not one 400. The status is sent rather than thrown:
 * an exception thrown by an exception handler is ignored, and the original one would end
 * as a 500.
 */
@ControllerAdvice(assignableTypes = { EvaluationPageController.class, TargetEvaluationPageController.class,
		WarningPageController.class })
class EvaluationPageErrors {

	@ExceptionHandler(EvaluationRefusedException.class)
	void refused(EvaluationRefusedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	@ExceptionHandler(UnknownWarningException.class)
	void unknownWarning(UnknownWarningException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	void badValue(IllegalArgumentException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

}
