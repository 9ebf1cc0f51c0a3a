package io.greenloop.reporting.domain;

/**
 * The submission is not in a state that allows this (409), or the request lacks what it
 * needs (a reason).
 */
public class TransitionRefusedException extends RuntimeException {

	public TransitionRefusedException(String message) {
		super(message);
	}

}
