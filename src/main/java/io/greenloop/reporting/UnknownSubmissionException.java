package io.greenloop.reporting;

/** No submission has the id (404). */
public class UnknownSubmissionException extends RuntimeException {

	public UnknownSubmissionException(long id) {
		super("No submission has the id " + id);
	}

}
