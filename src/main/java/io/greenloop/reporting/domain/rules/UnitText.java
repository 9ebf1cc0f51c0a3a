package io.greenloop.reporting.domain.rules;

import java.text.Normalizer;

/**
 * Units as departments type them: "％" from a Chinese input method is "%", "m³" is "m3",
 * and stray spaces mean nothing. Case is kept, because "mg" and "Mg" differ.
 */
final class UnitText {

	private UnitText() {
	}

	/** The compatibility form (NFKC) without whitespace; null or blank is null. */
	static String normalise(String unit) {
		if (unit == null || unit.isBlank()) {
			return null;
		}
		return Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	static boolean same(String a, String b) {
		String left = normalise(a);
		return (left == null) ? normalise(b) == null : left.equals(normalise(b));
	}

	/**
	 * Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space replaced one for
	 * one by their half-width forms, so positions in the text do not move.
	 */
	static String halfWidth(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			result.append(halfWidth(c));
		}
		return result.toString();
	}

	static char halfWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return (c == '\u3000') ? ' ' : c;
	}

}
