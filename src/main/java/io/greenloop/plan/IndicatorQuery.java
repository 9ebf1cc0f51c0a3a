package io.greenloop.plan;

import java.util.regex.Pattern;

import io.greenloop.shared.RegionCode;

/**
 * A filter over the catalogue; every part is optional.
 *
 * @param plan only targets of this plan (its code)
 * @param region only targets applying to this region (its code)
 * @param nature only 约束性 or 预期性 targets
 * @param concept only targets of this concept (its code)
 * @param text only targets whose name, group, concept, figure, units, note or quote
 * contains this text (control characters, which no text contains, are ignored)
 * @throws io.greenloop.shared.InvalidRegionCodeException if the region is not a six-digit
 * code
 */
public record IndicatorQuery(String plan, String region, Nature nature, String concept, String text) {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	public static IndicatorQuery all() {
		return new IndicatorQuery(null, null, null, null, null);
	}

	public IndicatorQuery {
		plan = blankToNull(plan);
		region = blankToNull(region);
		concept = blankToNull(concept);
		text = blankToNull(text == null ? null : CONTROL.matcher(text).replaceAll(""));
		if (region != null) {
			RegionCode.of(region);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
