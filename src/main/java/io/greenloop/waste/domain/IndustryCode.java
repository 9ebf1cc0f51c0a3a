package io.greenloop.waste.domain;

import java.util.regex.Pattern;

/**
 * An industry code of GB/T 4754—2017 国民经济行业分类: optionally the section letter (门类, A–T),
 * then the division (大类, 2 digits), group (中类, 3) or class (小类, 4), e.g. {@code C2614} or
 * {@code 2614}. Only the format is checked: the classification's table is not loaded.
 *
 * @param value the code as written
 */
public record IndustryCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-T]?\\d{2,4}");

	public IndustryCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An industry code (GB/T 4754—2017) is an optional section letter A–T "
					+ "and 2 to 4 digits, e.g. C2614, not '" + value + "'");
		}
	}

	public static IndustryCode of(String value) {
		return new IndustryCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
	}

}
