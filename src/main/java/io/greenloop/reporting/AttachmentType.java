package io.greenloop.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file accepted as attachments: what 证明材料 usually are (scans, photos,
 * spreadsheets, documents). A file is accepted only when its name's extension and its
 * first bytes agree, so a renamed executable or an .xls under a new name is refused with
 * the reason, and the content type stored is the one recognised, never the one the
 * browser claimed.
 */
enum AttachmentType {

	PDF("application/pdf", "PDF", "pdf"), JPEG("image/jpeg", "JPEG", "jpg", "jpeg"), PNG("image/png", "PNG", "png"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)", "xlsx"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", "docx");

	static final String ALLOWED = "pdf, jpg/jpeg, png, xlsx, docx";

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String contentType;

	private final String label;

	private final List<String> extensions;

	AttachmentType(String contentType, String label, String... extensions) {
		this.contentType = contentType;
		this.label = label;
		this.extensions = List.of(extensions);
	}

	/**
	 * The type of a file, from its name's extension, once its content is seen to be of
	 * that type.
	 * @throws AttachmentRefusedException if the extension is not allowed or the content
	 * does not match it
	 */
	static AttachmentType of(String fileName, byte[] content) {
		String extension = extension(fileName);
		AttachmentType type = Arrays.stream(values())
			.filter(candidate -> candidate.extensions.contains(extension))
			.findFirst()
			.orElseThrow(() -> new AttachmentRefusedException(
					"不接受“%s”：附件只能是 %s 文件 / %s is not accepted: attachments must be %s files".formatted(fileName,
							ALLOWED, fileName, ALLOWED)));
		if (!type.matches(content)) {
			throw new AttachmentRefusedException(
					"“%s”的内容不是有效的%s文件（附件只能是 %s 文件）/ %s is not a valid %s file (attachments must be %s files)"
						.formatted(fileName, type.label, ALLOWED, fileName, type.label, ALLOWED));
		}
		return type;
	}

	String contentType() {
		return this.contentType;
	}

	private boolean matches(byte[] content) {
		return switch (this) {
			case PDF -> startsWith(content, PDF_MAGIC);
			case JPEG -> startsWith(content, JPEG_MAGIC);
			case PNG -> startsWith(content, PNG_MAGIC);
			case XLSX -> officeParts(content).contains("xl/workbook.xml");
			case DOCX -> officeParts(content).contains("word/document.xml");
		};
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * The entry names of an Office Open XML package (a zip with a content-types part), or
	 * none. The names come from the zip's central directory, so nothing is inflated: a
	 * zip bomb costs no more than any other file.
	 */
	private static Set<String> officeParts(byte[] content) {
		if (!startsWith(content, ZIP_MAGIC)) {
			return Set.of();
		}
		Path file = null;
		try {
			file = Files.createTempFile("greenloop-attachment", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
				Set<String> names = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
				return names.contains("[Content_Types].xml") ? names : Set.of();
			}
		}
		catch (IOException ex) {
			return Set.of();
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file left behind is removed with the temporary directory
			}
		}
	}

}
