package io.greenloop.waste.domain;

/** No manifest (or alert, or correction) with the id. */
public class UnknownManifestException extends RuntimeException {

	public UnknownManifestException(String what, long id) {
		super("No " + what + " with id " + id);
	}

}
