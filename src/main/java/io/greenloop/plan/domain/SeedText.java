package io.greenloop.plan.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one seed document, by line, and the check that keeps every target honest:
 * its quote must be in the lines it cites. The seeds were wrapped from PDF, breaking
 * lines mid-word and putting blank lines and layout artefacts between them, so the check
 * removes all whitespace from both sides, and a quote may skip an artefact by splitting
 * into fragments joined by " … " that must appear in order.
 */
public final class SeedText {

	/** What separates the fragments of a quote. */
	public static final String ELISION = " … ";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final String document;

	private final List<String> lines;

	public SeedText(String document, String text) {
		this.document = document;
		this.lines = List.of(text.split("\n", -1));
	}

	public int lineCount() {
		return this.lines.size();
	}

	/** Lines {@code from} to {@code to}, 1-based and inclusive, as printed. */
	public List<String> lines(int from, int to) {
		checkRange(from, to);
		return this.lines.subList(from - 1, to);
	}

	/**
	 * Whether the quote is in lines {@code from} to {@code to}, whitespace aside, its
	 * fragments in order.
	 */
	public boolean contains(int from, int to, String quote) {
		if (from < 1 || to > this.lines.size() || from > to || quote == null || quote.isBlank()) {
			return false;
		}
		String text = squeeze(String.join("", this.lines.subList(from - 1, to)));
		int position = 0;
		for (String fragment : quote.split(Pattern.quote(ELISION))) {
			String words = squeeze(fragment);
			int found = words.isEmpty() ? -1 : text.indexOf(words, position);
			if (found < 0) {
				return false;
			}
			position = found + words.length();
		}
		return true;
	}

	private void checkRange(int from, int to) {
		if (from < 1 || to > this.lines.size() || from > to) {
			throw new IllegalArgumentException(
					"%s has lines 1-%d, not %d-%d".formatted(this.document, this.lines.size(), from, to));
		}
	}

	private static String squeeze(String text) {
		return WHITESPACE.matcher(text).replaceAll("");
	}

}
