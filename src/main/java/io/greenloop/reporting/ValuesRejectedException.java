package io.greenloop.reporting;

import java.util.List;

/**
 * Values were refused, all of them: nothing was written. The problems say which and why
 * (422).
 */
public class ValuesRejectedException extends RuntimeException {

	private final List<ValueProblem> problems;

	public ValuesRejectedException(String message, List<ValueProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public List<ValueProblem> problems() {
		return this.problems;
	}

}
