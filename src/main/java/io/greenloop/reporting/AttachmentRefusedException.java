package io.greenloop.reporting;

/**
 * An attachment is not accepted as sent: a type that is not allowed, too large, empty,
 * for an item the submission does not report, or one file too many for the value (422).
 */
public class AttachmentRefusedException extends RuntimeException {

	public AttachmentRefusedException(String message) {
		super(message);
	}

}
