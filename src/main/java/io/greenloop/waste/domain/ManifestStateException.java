package io.greenloop.waste.domain;

/** A step of a manifest that its state, or an open correction, does not allow. */
public class ManifestStateException extends RuntimeException {

	public ManifestStateException(String message) {
		super(message);
	}

}
