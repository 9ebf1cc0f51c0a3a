package io.greenloop.evaluation.web;

import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.evaluation.Warnings.UnknownWarningException;
import io.greenloop.evaluation.Warnings.WarningStateException;
import io.greenloop.evaluation.report.UnknownPlanException;
import io.greenloop.shared.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the evaluation APIs answer what they refuse, as RFC 9457 problem details: outside
 * the data scope or not the caller's to do (403), an unknown warning or plan (404), a
 * warning whose state does not allow it (409).
 */
@RestControllerAdvice(assignableTypes = { EvaluationApiController.class, WarningApiController.class,
		AssessmentApiController.class, ReportApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationApiErrors {

	@ExceptionHandler(EvaluationRefusedException.class)
	ProblemDetail refused(EvaluationRefusedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(UnknownWarningException.class)
	ProblemDetail unknownWarning(UnknownWarningException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown warning", ex.getMessage());
	}

	@ExceptionHandler(UnknownPlanException.class)
	ProblemDetail unknownPlan(UnknownPlanException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(WarningStateException.class)
	ProblemDetail state(WarningStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
	}

}
