package io.greenloop.waste.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.domain.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * How the registry pages show a refused form: the page again with status 400, the form
 * named by {@code errorForm}, the message beside the field named by {@code errorField},
 * and what was typed ({@code values}). Nothing was written: the service refused before
 * writing, in its one transaction.
 */
final class RegistryFormErrors {

	private RegistryFormErrors() {
	}

	static void refused(Model model, HttpServletResponse response, String form, RuntimeException ex,
			Map<String, String> values) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errorForm", form);
		model.addAttribute("errorField", field(ex));
		model.addAttribute("error", ex.getMessage());
		model.addAttribute("values", values);
	}

	static String field(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.field();
		}
		if (ex instanceof DuplicateRegistrationException duplicate) {
			return duplicate.field();
		}
		return null;
	}

	/** A date typed into a form (yyyy-MM-dd); empty is null. */
	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a date (yyyy-MM-dd)");
		}
	}

	/** A number typed into a form; empty is null. */
	static java.math.BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a number");
		}
	}

	static Long id(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not a number");
		}
	}

}
