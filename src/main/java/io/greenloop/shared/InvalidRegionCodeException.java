package io.greenloop.shared;

/** A region code that is not six digits; the client's mistake, answered with 400. */
public class InvalidRegionCodeException extends IllegalArgumentException {

	public InvalidRegionCodeException(String value) {
		super("A GB/T 2260 region code has six digits, not '" + value + "'");
	}

}
