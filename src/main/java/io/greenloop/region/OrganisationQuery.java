package io.greenloop.region;

import io.greenloop.shared.RegionCode;

/**
 * A filter over organisations; every part is optional.
 *
 * @param region only organisations in this region or below it
 * @param kind only organisations of this kind
 * @param text only organisations whose name, short name or alias contains this text
 */
public record OrganisationQuery(RegionCode region, OrganisationKind kind, String text) {

	public static OrganisationQuery all() {
		return new OrganisationQuery(null, null, null);
	}

}
