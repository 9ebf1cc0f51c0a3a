package io.greenloop.waste;

/** No enterprise (or licence) with the id. */
public class UnknownEnterpriseException extends RuntimeException {

	public UnknownEnterpriseException(String what, long id) {
		super("No " + what + " with id " + id);
	}

}
