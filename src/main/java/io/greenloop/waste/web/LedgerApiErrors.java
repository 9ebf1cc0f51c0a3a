package io.greenloop.waste.web;

import java.util.List;
import java.util.Map;

import io.greenloop.shared.Problems;
import io.greenloop.waste.Ledger;
import io.greenloop.waste.LedgerBulkLoad;
import io.greenloop.waste.LedgerConflictException;
import io.greenloop.waste.UnknownEnterpriseException;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerRefusal;
import io.greenloop.waste.domain.LedgerRejectedException;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the ledger API answers what it refuses (RFC 9457): records breaking the rules (400,
 * {@code errors} with each record's index, field and reason; {@code field} names the
 * first as {@code records[i].field}), a file's rows (400, {@code errors} with row, column
 * and reason), outside the scope (403), no such site (404), an idempotency key reused for
 * another request (409).
 */
@RestControllerAdvice(assignableTypes = LedgerApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerApiErrors {

	@ExceptionHandler(LedgerRejectedException.class)
	ProblemDetail rejected(LedgerRejectedException ex) {
		LedgerRefusal first = ex.refusals().get(0);
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Ledger records refused", ex.getMessage(),
				"records[" + first.index() + "]." + first.field());
		problem.setProperty("errors", ex.refusals()
			.stream()
			.map(refusal -> Map.of("index", refusal.index(), "field", refusal.field(), "reason", refusal.reason()))
			.toList());
		return problem;
	}

	@ExceptionHandler(LedgerSheet.UnreadableSheetException.class)
	ProblemDetail sheet(LedgerSheet.UnreadableSheetException ex) {
		List<LedgerSheet.SheetError> errors = ex.errors();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Ledger file refused",
				errors.size() + " error(s), nothing recorded; first: row " + errors.get(0).row() + ", "
						+ errors.get(0).column() + ": " + errors.get(0).reason(),
				"file");
		problem.setProperty("errors",
				errors.stream()
					.map(error -> Map.of("row", error.row(), "column", error.column(), "reason", error.reason()))
					.toList());
		return problem;
	}

	@ExceptionHandler(LedgerBulkLoad.BulkLoadRefusedException.class)
	ProblemDetail bulk(LedgerBulkLoad.BulkLoadRefusedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Bulk load refused", ex.getMessage(), "file");
		problem.setProperty("errors", ex.problems());
		return problem;
	}

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

	@ExceptionHandler(Ledger.VoidRefusedException.class)
	ProblemDetail voidRefused(Ledger.VoidRefusedException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Cannot be voided", ex.getMessage());
	}

	@ExceptionHandler(LedgerConflictException.class)
	ProblemDetail conflict(LedgerConflictException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Idempotency key reused", ex.getMessage(), "Idempotency-Key");
	}

}
