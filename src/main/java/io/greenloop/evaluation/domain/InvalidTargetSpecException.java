package io.greenloop.evaluation.domain;

import java.util.List;

/**
 * A target cannot be evaluated as specified: a direction is missing where the comparison
 * needs one, a figure is missing, or the parts contradict each other. Lists every problem
 * at once, each in Chinese and English.
 */
public class InvalidTargetSpecException extends IllegalArgumentException {

	private final List<String> problems;

	public InvalidTargetSpecException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
