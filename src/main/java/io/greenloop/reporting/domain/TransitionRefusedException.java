package io.greenloop.reporting.domain;

/**
 * The submission is not in a state that allows this (409). Pages show every refusal the
 * same way, so the request's own faults are subclasses: {@link InvalidRequestException}
 * (400) and {@link UnknownReferenceException} (404).
 */
public class TransitionRefusedException extends RuntimeException {

	public TransitionRefusedException(String message) {
		super(message);
	}

}
