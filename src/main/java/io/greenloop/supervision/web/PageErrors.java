package io.greenloop.supervision.web;

import java.io.IOException;

import io.greenloop.supervision.UnknownReportException;
import io.greenloop.supervision.UnknownTaskException;
import io.greenloop.supervision.domain.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The supervision pages' refusals as the error page: not the caller's (403), unknown
 * (404). What a form gets wrong comes back on the page itself.
 */
@ControllerAdvice(assignableTypes = { ToDoPageController.class, RoundPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotPermittedException.class)
	void forbidden(NotPermittedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	@ExceptionHandler({ UnknownTaskException.class, UnknownReportException.class })
	void unknown(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

}
