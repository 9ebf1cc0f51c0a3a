package io.greenloop.reporting;

import java.time.Instant;

/**
 * A file attached to one value of a submission, such as the 证明材料 (supporting document) a
 * department attaches to the figure it reports; its content is downloaded separately.
 *
 * @param id its id
 * @param itemCode the item (target or series) whose value it supports
 * @param fileName the name it was uploaded with
 * @param contentType its type, as recognised from its content
 * @param size its size in bytes
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record AttachmentView(long id, String itemCode, String fileName, String contentType, long size,
		String uploadedBy, Instant uploadedAt) {
}
