package io.greenloop.reporting.domain;

/**
 * The person may not do this to this submission: it is outside their data scope or not
 * their step (403).
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
