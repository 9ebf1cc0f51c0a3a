package io.greenloop.supervision.domain;

/** Input that breaks a rule, naming the field and the rule (400). */
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
