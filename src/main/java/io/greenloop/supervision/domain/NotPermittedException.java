package io.greenloop.supervision.domain;

/** The caller may not do this: outside its data scope, or not its unit's task (403). */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
