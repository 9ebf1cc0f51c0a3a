package io.greenloop.region;

/** Thrown when a region code names no division of the hierarchy. */
public class UnknownRegionException extends RuntimeException {

	private final String code;

	public UnknownRegionException(String code) {
		super("No region has the code " + code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
