package io.greenloop.reporting.domain;

/**
 * The request names a form or a period that does not exist (404).
 */
public class UnknownReferenceException extends TransitionRefusedException {

	public UnknownReferenceException(String message) {
		super(message);
	}

}
