package io.greenloop.supervision.domain;

/** A transition that the current state does not allow (409). */
public class TransitionRefusedException extends RuntimeException {

	public TransitionRefusedException(String message) {
		super(message);
	}

}
