package io.greenloop.reporting;

/** No attachment has the id (404). */
public class UnknownAttachmentException extends RuntimeException {

	public UnknownAttachmentException(long id) {
		super("No attachment has the id " + id);
	}

}
