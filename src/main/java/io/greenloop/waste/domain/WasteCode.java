package io.greenloop.waste.domain;

import java.util.regex.Pattern;

/**
 * A hazardous waste code (废物代码), 国家危险废物名录（2021 年版） 第五条（三）: eight digits written
 * {@code DDD-SSS-CC}: the generating industry per GB/T 4754—2017 ({@code 900}: 非特定行业), a
 * sequence number, and the category, which must be one of the 46 {@link HazardCategory}.
 * Whether the code is listed in an edition is the catalogue's question, not this type's.
 *
 * @param value the code as written, e.g. {@code 900-041-49}
 */
public record WasteCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{3}-\\d{3}-\\d{2}");

	public WasteCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A waste code is written DDD-SSS-CC (eight digits, e.g. 900-041-49), not '" + value + "'");
		}
		if (HazardCategory.of(Integer.parseInt(value.substring(8))).isEmpty()) {
			throw new IllegalArgumentException("Waste code " + value + " names category HW" + value.substring(8)
					+ ", which does not exist (HW01–HW40, HW45–HW50)");
		}
	}

	public static WasteCode of(String value) {
		return new WasteCode(value == null ? null : value.strip());
	}

	/** The category, digits 7–8. */
	public HazardCategory category() {
		return HazardCategory.of(Integer.parseInt(this.value.substring(8))).orElseThrow();
	}

	/** The generating industry's code, digits 1–3 ({@code 900}: 非特定行业). */
	public String industry() {
		return this.value.substring(0, 3);
	}

	/** Whether the code is of 非特定行业 (any industry). */
	public boolean isNonSpecificIndustry() {
		return "900".equals(industry());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
