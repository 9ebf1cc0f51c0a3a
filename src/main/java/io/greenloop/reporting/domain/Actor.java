package io.greenloop.reporting.domain;

/**
 * Who acts on a submission, as far as the rules of the workflow care.
 *
 * @param username who
 * @param organisationId the organisation the person belongs to
 * @param regionCode the region the person belongs to
 * @param reporter whether the person enters values (填报)
 * @param reviewer whether the person reviews (审核)
 * @param admin whether the person administers the platform
 */
public record Actor(String username, long organisationId, String regionCode, boolean reporter, boolean reviewer,
		boolean admin) {

	boolean reportsFor(long organisation, String region) {
		return this.reporter && this.organisationId == organisation && this.regionCode.equals(region);
	}

	boolean reviewsAt(String region) {
		return this.reviewer && this.regionCode.equals(region);
	}

}
