package io.greenloop.reporting.excel;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A column the caller expects, found by its header text rather than its position:
 * departments insert, reorder and rename columns, and type "数值（吨）" with full-width
 * brackets as often as "数值(吨)".
 *
 * @param key the name the caller uses for the column in {@link SheetRow#cells()}
 * @param headers the header texts that identify the column, the first one shown in
 * messages; compared ignoring surrounding and inner spaces, case and
 * full-width/half-width differences
 * @param required whether a header row must contain this column
 */
public record Column(String key, Set<String> headers, boolean required) {

	public Column {
		Objects.requireNonNull(key, "key");
		if (headers == null || headers.isEmpty()) {
			throw new IllegalArgumentException("Column " + key + " needs at least one header");
		}
		headers = Collections.unmodifiableSet(new LinkedHashSet<>(headers));
	}

	/** A column every upload must have, known by any of {@code headers}. */
	public static Column required(String key, String... headers) {
		return new Column(key, new LinkedHashSet<>(Arrays.asList(headers)), true);
	}

	/** A column an upload may leave out, known by any of {@code headers}. */
	public static Column optional(String key, String... headers) {
		return new Column(key, new LinkedHashSet<>(Arrays.asList(headers)), false);
	}

	/** Whether a header cell's text names this column. */
	public boolean matches(String text) {
		return normalizedHeaders().contains(normalize(text));
	}

	/** The header shown to people when this column is missing. */
	public String label() {
		return this.headers.iterator().next();
	}

	/** The headers as {@link #normalize(String)} leaves them. */
	Set<String> normalizedHeaders() {
		return this.headers.stream().map(Column::normalize).collect(Collectors.toSet());
	}

	/**
	 * NFKC folds full-width letters, digits, brackets and spaces into their half-width
	 * forms; spaces go entirely because Chinese forms space out headers ("指 标 名 称").
	 * Blank text normalizes to "", which no header matches.
	 */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(folded.length());
		folded.codePoints()
			.filter((point) -> !Character.isWhitespace(point) && !Character.isSpaceChar(point))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
