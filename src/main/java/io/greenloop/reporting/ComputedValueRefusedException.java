package io.greenloop.reporting;

/**
 * A computed value reporting cannot take, naming the field and why; nothing is written.
 */
public class ComputedValueRefusedException extends RuntimeException {

	private final String field;

	ComputedValueRefusedException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
