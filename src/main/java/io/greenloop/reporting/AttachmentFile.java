package io.greenloop.reporting;

/**
 * An attachment with its content, to download.
 *
 * @param attachment what it is
 * @param content its bytes
 */
public record AttachmentFile(AttachmentView attachment, byte[] content) {
}
