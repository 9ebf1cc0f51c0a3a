package io.greenloop.identity;

import java.util.Set;

import io.greenloop.shared.RegionCode;

/**
 * What an account may see and write. A department reports only for itself, in its own
 * region; a reviewer acts on submissions of its own region's level and sees those of the
 * regions below; a leader reads its region and below; an administrator sees everything.
 * Modules enforce the scope on their own data and answer 403 outside it.
 *
 * @param username who
 * @param organisationId the account's organisation
 * @param regionCode the account's region
 * @param roles the account's roles
 */
public record DataScope(String username, long organisationId, String regionCode, Set<Role> roles) {

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether data of the region is visible: the account's region and every region below
	 * it.
	 */
	public boolean sees(String region) {
		return isAdmin() || RegionCode.of(this.regionCode).covers(RegionCode.of(region));
	}

	/**
	 * Whether the account may enter values for the organisation in the region: only its
	 * own, in its own region.
	 */
	public boolean reportsFor(long organisation, String region) {
		return has(Role.REPORTER) && this.organisationId == organisation && this.regionCode.equals(region);
	}

	/**
	 * Whether the account may act as the reviewer of the region: a reviewer of exactly
	 * that region.
	 */
	public boolean reviewsAt(String region) {
		return has(Role.REVIEWER) && this.regionCode.equals(region);
	}

}
