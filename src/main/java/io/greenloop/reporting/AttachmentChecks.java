package io.greenloop.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.core.io.InputStreamSource;

/**
 * The checks every uploaded piece of evidence (证明材料) passes, wherever it is attached: a
 * name (without the folders some browsers send), at most {@value #MAX_BYTES} bytes, not
 * empty, and a type that {@link AttachmentType} recognises from both the name's extension
 * and the first bytes. Reporting's own attachments use them, and so do other modules'
 * (supervision's progress evidence), so that a file refused in one place is refused in
 * every other for the same reason.
 */
public final class AttachmentChecks {

	/** The largest file accepted, 10 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The types accepted, as users read them. */
	public static final String ALLOWED = AttachmentType.ALLOWED;

	private static final int MAX_NAME = 200;

	private AttachmentChecks() {
	}

	/**
	 * Reads and checks an upload.
	 * @param fileName the name the upload was sent with
	 * @param size the size it announces (-1 if unknown), checked before reading
	 * @param content its bytes
	 * @throws AttachmentRefusedException naming the file and the reason
	 */
	public static CheckedFile check(String fileName, long size, InputStreamSource content) {
		String name = fileName(fileName);
		byte[] bytes = read(name, size, content);
		AttachmentType type = AttachmentType.of(name, bytes);
		return new CheckedFile(name, type.contentType(), bytes);
	}

	/**
	 * The name without any folder a browser may send (some send the whole Windows path),
	 * and at most {@value #MAX_NAME} characters, its end (the extension) kept.
	 */
	static String fileName(String sent) {
		String name = sent == null ? "" : sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			throw new AttachmentRefusedException("附件须有文件名 / the file has no name");
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

	static byte[] read(String name, long size, InputStreamSource content) {
		if (size > MAX_BYTES) {
			throw tooLarge(name, size);
		}
		byte[] bytes;
		try (InputStream in = content.getInputStream()) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the uploaded file", ex);
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge(name, bytes.length);
		}
		if (bytes.length == 0) {
			throw new AttachmentRefusedException("“%s”是空文件 / %s is empty".formatted(name, name));
		}
		return bytes;
	}

	private static AttachmentRefusedException tooLarge(String name, long size) {
		String megabytes = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
		return new AttachmentRefusedException("“%s”有%s MB，附件不能超过10 MB / %s is %s MB; an attachment may be at most 10 MB"
			.formatted(name, megabytes, name, megabytes));
	}

	/**
	 * A file that passed the checks.
	 *
	 * @param name its name, cleaned
	 * @param contentType its type, as recognised from its content
	 * @param content its bytes
	 */
	public record CheckedFile(String name, String contentType, byte[] content) {
	}

}
