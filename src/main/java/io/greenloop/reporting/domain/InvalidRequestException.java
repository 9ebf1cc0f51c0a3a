package io.greenloop.reporting.domain;

/**
 * The request lacks what it needs or says something impossible: no reason for a return, a
 * window that closes before it opens, a period of the wrong cadence (400).
 */
public class InvalidRequestException extends TransitionRefusedException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
