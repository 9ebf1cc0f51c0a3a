package io.greenloop.waste.web;

import java.io.IOException;

import io.greenloop.waste.Declarations;
import io.greenloop.waste.UnknownEnterpriseException;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.UnknownManifestException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the waste pages answer what they refuse, as the error page with its status: outside
 * the role or the data scope (403), an unknown enterprise, site or manifest (404), a
 * request breaking a rule that the page does not show on the form itself (400). Forms
 * that show their refusals catch them before this.
 */
@ControllerAdvice(assignableTypes = { BalancePageController.class, CalendarPageController.class,
		ClassFormController.class, DeclarationPageController.class, LedgerLabelController.class,
		LedgerPageController.class, ManifestPageController.class, PlanPageController.class,
		RegistryFormController.class, TransferApprovalPageController.class, TripPageController.class,
		WastePageController.class, CarrierPageController.class, ParkPageController.class, MemberFormController.class,
		RegistryEditController.class })
class WastePageErrors {

	@ExceptionHandler(NotPermittedException.class)
	void forbidden(NotPermittedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	@ExceptionHandler({ UnknownEnterpriseException.class, UnknownManifestException.class })
	void unknown(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

	@ExceptionHandler({ InvalidInputException.class, Declarations.DeclarationStateException.class })
	void invalid(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

}
