package io.greenloop.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem details every module's API errors answer with: a status, a short
 * title in English and the detail (the exception's message, in Chinese and English).
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** A problem with the request field it is about ({@code field}). */
	public static ProblemDetail of(HttpStatus status, String title, String detail, String field) {
		ProblemDetail problem = of(status, title, detail);
		problem.setProperty("field", field);
		return problem;
	}

}
