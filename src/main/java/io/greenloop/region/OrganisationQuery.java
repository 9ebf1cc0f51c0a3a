package io.greenloop.region;

import java.util.regex.Pattern;

import io.greenloop.shared.RegionCode;

/**
 * A filter over organisations; every part is optional.
 *
 * @param region only organisations in this region (and below it, if {@code below})
 * @param below whether organisations of the regions below {@code region} count too
 * @param kind only organisations of this kind
 * @param text only organisations whose name, short name or alias contains this text
 * (control characters, which no name contains, are ignored)
 */
public record OrganisationQuery(RegionCode region, boolean below, OrganisationKind kind, String text) {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	public OrganisationQuery {
		text = (text == null) ? null : CONTROL.matcher(text).replaceAll("").strip();
		text = (text == null || text.isEmpty()) ? null : text;
	}

	public static OrganisationQuery all() {
		return new OrganisationQuery(null, true, null, null);
	}

}
