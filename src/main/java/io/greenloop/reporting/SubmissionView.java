package io.greenloop.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.greenloop.reporting.domain.SubmissionState;

/**
 * A submission with its values, as its reporter and its reviewers see it.
 *
 * @param id its id
 * @param formCode its form (a plan's code, or STATS)
 * @param formName the form's name
 * @param organisationId the reporting organisation
 * @param organisationName its name
 * @param regionCode the region the values are for
 * @param regionName its name
 * @param periodCode the period the values are for
 * @param state where it stands
 * @param chain the regions whose reviewers approve it, in order
 * @param awaiting the region whose reviewer acts next, while submitted
 * @param revision how many times it has been submitted
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt when it last changed
 * @param lines the items and their values
 * @param actions what the current user may do to it now: edit, submit, approve, return,
 * reopen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(long id, String formCode, String formName, long organisationId, String organisationName,
		String regionCode, String regionName, String periodCode, SubmissionState state, List<String> chain,
		String awaiting, int revision, String createdBy, Instant createdAt, Instant updatedAt, List<Line> lines,
		Set<String> actions) {

	/**
	 * One item of the submission.
	 *
	 * @param item what is reported
	 * @param value the figure (numeric items)
	 * @param text the text (milestones)
	 * @param numerator the numerator, if reported
	 * @param denominator the denominator, if reported
	 * @param unit the unit stated
	 * @param note the note
	 * @param previous the approved value of the previous period, for comparison
	 * @param approved the value last approved for this item, region and period, if any
	 * @param changed whether the value differs from the last approved one (what a
	 * reviewer looks at first)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Line(ReportItem item, BigDecimal value, String text, BigDecimal numerator, BigDecimal denominator,
			String unit, String note, BigDecimal previous, ApprovedValue approved, boolean changed,
			List<AttachmentView> attachments) {
	}

}
