package io.greenloop.reporting.excel;

import java.io.Serial;

/**
 * Carries an exception thrown by the caller's row consumer through the XML parser, so
 * that it reaches the caller unchanged instead of being mistaken for a damaged file.
 */
final class CallerFailure extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	CallerFailure(RuntimeException cause) {
		super(cause);
	}

	RuntimeException original() {
		return (RuntimeException) getCause();
	}

}
