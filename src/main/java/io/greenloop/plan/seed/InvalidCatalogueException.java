package io.greenloop.plan.seed;

import java.util.List;

/** The catalogue files are inconsistent; nothing of them is loaded. */
public class InvalidCatalogueException extends RuntimeException {

	private final List<String> problems;

	public InvalidCatalogueException(List<String> problems) {
		super("The indicator catalogue has %d problem(s):%n  %s".formatted(problems.size(),
				String.join(System.lineSeparator() + "  ", problems)));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
