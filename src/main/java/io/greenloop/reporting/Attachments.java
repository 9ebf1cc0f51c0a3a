package io.greenloop.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.reporting.events.SubmissionChanged;
import io.greenloop.reporting.persistence.AttachmentRepository;
import io.greenloop.reporting.persistence.AttachmentRepository.StoredAttachment;
import io.greenloop.reporting.persistence.SubmissionRepository;
import io.greenloop.reporting.persistence.SubmissionRepository.SubmissionRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a submission's values (附件, such as the 证明材料 behind a figure). Who may
 * see the submission reads them; who may edit its values, while it may be edited, adds
 * and removes them: the checks are the submission's own, through {@link Submissions}.
 * Each value has at most five files of at most 10 MB each, of the types
 * {@link AttachmentType} allows. Adding and removing are kept in the submission's change
 * history and announced like any other change, for the audit log.
 */
@Service
public class Attachments {

	static final int MAX_BYTES = AttachmentChecks.MAX_BYTES;

	static final int MAX_PER_VALUE = 5;

	private final AttachmentRepository attachments;

	private final SubmissionRepository submissions;

	private final Submissions workflow;

	private final CurrentAccount current;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Attachments(AttachmentRepository attachments, SubmissionRepository submissions, Submissions workflow,
			CurrentAccount current, Clock clock, ApplicationEventPublisher events) {
		this.attachments = attachments;
		this.submissions = submissions;
		this.workflow = workflow;
		this.current = current;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Attaches a file to the value of one item.
	 * @param size the size the upload announces (-1 if unknown), checked before reading
	 * @throws AttachmentRefusedException if the item, the file or the count is refused
	 */
	@Transactional
	public AttachmentView upload(long submissionId, String itemCode, String fileName, long size,
			InputStreamSource content) {
		SubmissionView submission = editable(submissionId);
		if (submission.lines().stream().noneMatch(line -> line.item().code().equals(itemCode))) {
			throw new AttachmentRefusedException("报送%d中没有指标“%s” / submission %d reports no item %s"
				.formatted(submissionId, itemCode, submissionId, itemCode));
		}
		AttachmentChecks.CheckedFile file = AttachmentChecks.check(fileName, size, content);
		String name = file.name();
		byte[] bytes = file.content();
		if (this.attachments.count(submissionId, itemCode) >= MAX_PER_VALUE) {
			throw new AttachmentRefusedException(
					"指标%s已有%d个附件，不能再添加 / item %s already has %d attachments, the most allowed".formatted(itemCode,
							MAX_PER_VALUE, itemCode, MAX_PER_VALUE));
		}
		String by = this.current.scope().username();
		Instant now = this.clock.instant();
		long id = this.attachments.insert(submissionId, itemCode, name, file.contentType(), bytes, by, now);
		record(submissionId, itemCode, null, describe(name), "ATTACH",
				"%s: %s (%d bytes)".formatted(itemCode, name, bytes.length));
		return new AttachmentView(id, itemCode, name, file.contentType(), bytes.length, by, now);
	}

	/** A submission's attachments, if the current account may see the submission. */
	@Transactional(readOnly = true)
	public List<AttachmentView> list(long submissionId) {
		this.workflow.get(submissionId);
		return this.attachments.findBySubmission(submissionId);
	}

	/** An attachment with its content, if the current account may see its submission. */
	@Transactional(readOnly = true)
	public AttachmentFile download(long attachmentId) {
		StoredAttachment stored = find(attachmentId);
		this.workflow.get(stored.submissionId());
		return new AttachmentFile(stored.attachment(), this.attachments.content(attachmentId));
	}

	/** Removes an attachment, if the current account may edit its submission now. */
	@Transactional
	public void delete(long attachmentId) {
		StoredAttachment stored = find(attachmentId);
		editable(stored.submissionId());
		AttachmentView attachment = stored.attachment();
		this.attachments.delete(attachmentId);
		record(stored.submissionId(), attachment.itemCode(), describe(attachment.fileName()), null, "DETACH",
				"%s: %s".formatted(attachment.itemCode(), attachment.fileName()));
	}

	/**
	 * The submission, locked until the end of the transaction so that it cannot be
	 * submitted while a file is added; refused as {@link Submissions} refuses an edit:
	 * unknown (404), outside the data scope or not the caller's to edit (403), not in a
	 * state that may be edited (409).
	 */
	private SubmissionView editable(long submissionId) {
		SubmissionRow row = this.submissions.lock(submissionId)
			.orElseThrow(() -> new UnknownSubmissionException(submissionId));
		SubmissionView view = this.workflow.get(submissionId);
		Submissions.domain(row).checkEditableBy(Submissions.actor(this.current.scope()));
		return view;
	}

	private StoredAttachment find(long attachmentId) {
		return this.attachments.find(attachmentId).orElseThrow(() -> new UnknownAttachmentException(attachmentId));
	}

	/**
	 * Keeps the change in the submission's history and announces it for the audit log.
	 */
	private void record(long submissionId, String itemCode, String before, String after, String action, String detail) {
		SubmissionRow row = this.submissions.find(submissionId).orElseThrow();
		DataScope scope = this.current.scope();
		Instant now = this.clock.instant();
		this.submissions.recordChange(submissionId, itemCode, row.revision(), before, after, null, scope.username(),
				now);
		this.submissions.touch(submissionId, now);
		this.events.publishEvent(new SubmissionChanged(submissionId, row.formCode(), row.regionCode(), row.periodCode(),
				action, scope.username(), detail));
	}

	private static String describe(String fileName) {
		return "附件 " + fileName;
	}

}
