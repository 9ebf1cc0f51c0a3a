package io.greenloop.plan.web;

import java.util.ArrayList;
import java.util.List;

import io.greenloop.plan.IndicatorView.Source;
import io.greenloop.plan.domain.SeedText;

/**
 * The lines of a seed document around a quote, for reading a target where the plan states
 * it.
 *
 * @param lines the lines, numbered, the quoted ones marked
 */
record SourceContext(List<Line> lines) {

	private static final int AROUND = 4;

	static SourceContext of(SeedText text, Source source) {
		int from = Math.max(1, source.from() - AROUND);
		int to = Math.min(text.lineCount(), source.to() + AROUND);
		List<Line> lines = new ArrayList<>();
		List<String> printed = text.lines(from, to);
		for (int i = 0; i < printed.size(); i++) {
			int number = from + i;
			if (!printed.get(i).isBlank()) {
				lines.add(new Line(number, printed.get(i), number >= source.from() && number <= source.to()));
			}
		}
		return new SourceContext(lines);
	}

	/**
	 * One line of the document.
	 *
	 * @param number its number, 1-based
	 * @param text as printed
	 * @param quoted whether the target's quote is on it
	 */
	record Line(int number, String text, boolean quoted) {
	}

}
