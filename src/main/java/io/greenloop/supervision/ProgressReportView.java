package io.greenloop.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One unit's progress report on a task or project.
 *
 * @param id its id
 * @param roundId the dispatch round it answers, if any
 * @param kind TASK or PROJECT
 * @param code the task's or project's code
 * @param subjectName its name
 * @param organisationId the reporting unit
 * @param organisationName its name
 * @param state where it stands
 * @param text what was done
 * @param percent how far, 0-100
 * @param investment a project's actual investment of the quarter, 万元
 * @param completes whether it reports the task done
 * @param reportedBy who reported
 * @param reportedAt when
 * @param reviewedBy who accepted or sent it back
 * @param reviewedAt when
 * @param returnReason why it was sent back
 * @param evidence the files attached
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressReportView(long id, Long roundId, SubjectKind kind, String code, String subjectName,
		long organisationId, String organisationName, ReportState state, String text, Integer percent,
		BigDecimal investment, boolean completes, String reportedBy, Instant reportedAt, String reviewedBy,
		Instant reviewedAt, String returnReason, List<EvidenceView> evidence) {

	/**
	 * A file attached as evidence; downloaded from {@code /api/progress-evidence/{id}}.
	 */
	public record EvidenceView(long id, String fileName, String contentType, int size, String uploadedBy,
			Instant uploadedAt) {
	}

}
