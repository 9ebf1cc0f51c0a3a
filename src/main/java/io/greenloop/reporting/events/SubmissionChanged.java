package io.greenloop.reporting.events;

/**
 * A submission was created, had values saved or files attached, or moved through its
 * workflow; for the audit log.
 *
 * @param submissionId the submission
 * @param formCode its form
 * @param regionCode its region
 * @param periodCode its period
 * @param action CREATE, SAVE, SUBMIT, APPROVE, ACCEPT, RETURN, REOPEN, IMPORT, ATTACH or
 * DETACH (a file attached to or removed from a value)
 * @param by who
 * @param detail what, in words (a reason, how many values changed)
 */
public record SubmissionChanged(long submissionId, String formCode, String regionCode, String periodCode, String action,
		String by, String detail) {
}
