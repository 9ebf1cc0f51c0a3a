package io.greenloop.reporting;

import java.time.Instant;

import io.greenloop.reporting.domain.SubmissionState;

/**
 * A submission in a list.
 *
 * @param id its id
 * @param formCode its form
 * @param organisationId the reporting organisation
 * @param regionCode its region
 * @param periodCode its period
 * @param state where it stands
 * @param awaiting the region whose reviewer acts next, while submitted
 * @param revision how many times it has been submitted
 * @param updatedAt when it last changed
 */
public record SubmissionSummary(long id, String formCode, long organisationId, String regionCode, String periodCode,
		SubmissionState state, String awaiting, int revision, Instant updatedAt) {
}
