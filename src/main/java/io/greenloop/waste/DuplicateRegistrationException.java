package io.greenloop.waste;

/** A credit code, site name or licence number already registered. */
public class DuplicateRegistrationException extends RuntimeException {

	private final String field;

	public DuplicateRegistrationException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
