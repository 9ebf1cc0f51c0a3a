package io.greenloop.waste.domain;

/** The caller's role or data scope does not allow the action. */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
