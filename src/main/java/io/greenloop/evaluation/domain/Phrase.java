package io.greenloop.evaluation.domain;

/**
 * Fills the explanations' templates: {@code %s} and {@code %d} are replaced by the next
 * argument as {@link String#valueOf(Object)} writes it, {@code %%} by a percent sign;
 * exactly what {@link String#formatted} writes for these, without parsing a format string
 * on every call (an explanation is written for every result, hundreds of thousands in a
 * full re-evaluation).
 */
final class Phrase {

	private Phrase() {
	}

	static String fill(String template, Object... args) {
		StringBuilder text = new StringBuilder(template.length() + 16 * args.length);
		int next = 0;
		int length = template.length();
		for (int i = 0; i < length; i++) {
			char c = template.charAt(i);
			if (c != '%' || i + 1 == length) {
				text.append(c);
				continue;
			}
			char conversion = template.charAt(++i);
			switch (conversion) {
				case '%' -> text.append('%');
				case 's', 'd' -> {
					if (next == args.length) {
						throw new IllegalArgumentException("Too few arguments for " + template);
					}
					text.append(args[next++]);
				}
				default -> throw new IllegalArgumentException("Only %s, %d and %% are filled: " + template);
			}
		}
		return text.toString();
	}

}
