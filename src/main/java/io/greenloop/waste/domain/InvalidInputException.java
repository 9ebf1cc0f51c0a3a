package io.greenloop.waste.domain;

/** A field of a request breaks a rule; the message says which rule. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
