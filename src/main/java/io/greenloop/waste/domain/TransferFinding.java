package io.greenloop.waste.domain;

/**
 * The result of one check of a transfer: a blocking error or a warning, with a code
 * clients can act on and a message for people.
 *
 * @param code e.g. LICENCE_CODE_NOT_PERMITTED
 * @param blocking an error (the step is refused) rather than a warning
 * @param message what is wrong, in words
 */
public record TransferFinding(String code, boolean blocking, String message) {

	public static TransferFinding error(String code, String message) {
		return new TransferFinding(code, true, message);
	}

	public static TransferFinding warning(String code, String message) {
		return new TransferFinding(code, false, message);
	}

}
