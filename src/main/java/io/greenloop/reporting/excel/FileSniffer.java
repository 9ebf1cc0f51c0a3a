package io.greenloop.reporting.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells from a file's content, never its name, whether it can be an .xlsx workbook, and
 * if not, what it is: renamed PDFs and images, .xls saved under a new name, Word
 * documents and password-protected workbooks all arrive named ".xlsx".
 */
final class FileSniffer {

	private static final int TEXT_PROBE = 8192;

	private FileSniffer() {
	}

	/** Returns if the file is a zip that can hold a workbook, or names what it is. */
	static void check(Path file) throws WorkbookProblem {
		FileMagic magic = magic(file);
		switch (magic) {
			case OOXML -> checkZip(file);
			case OLE2 -> checkCompoundDocument(file);
			case BIFF2, BIFF3, BIFF4 -> throw Problems.oldFormat();
			case PDF -> throw Problems.notAWorkbook(FileLook.PDF);
			case PNG -> throw Problems.notAWorkbook(FileLook.PNG);
			case JPEG -> throw Problems.notAWorkbook(FileLook.JPEG);
			case GIF -> throw Problems.notAWorkbook(FileLook.GIF);
			case TIFF, BMP, WMF, EMF -> throw Problems.notAWorkbook(FileLook.IMAGE);
			case WORD2, MSWRITE -> throw Problems.notAWorkbook(FileLook.WORD);
			case RTF -> throw Problems.notAWorkbook(FileLook.RTF);
			case HTML -> throw Problems.notAWorkbook(FileLook.HTML);
			case XML -> throw Problems.notAWorkbook(FileLook.XML);
			default -> throw Problems.notAWorkbook(lookOfTheRest(file));
		}
	}

	private static FileMagic magic(Path file) {
		try {
			return FileMagic.valueOf(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Office Open XML documents, OpenDocument files and plain archives are all zips; the
	 * entry names tell them apart. Whether the workbook parts are complete is left to
	 * opening it.
	 */
	private static void checkZip(Path file) throws WorkbookProblem {
		Set<String> names;
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.ISO_8859_1)) {
			names = zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw Problems.corrupt(ex);
		}
		if (names.contains("word/document.xml")) {
			throw Problems.notAWorkbook(FileLook.WORD);
		}
		if (names.contains("ppt/presentation.xml")) {
			throw Problems.notAWorkbook(FileLook.POWERPOINT);
		}
		if (names.contains("xl/workbook.bin")) {
			throw Problems.notAWorkbook(FileLook.XLSB);
		}
		if (names.contains("mimetype") && names.contains("content.xml")) {
			throw Problems.notAWorkbook(FileLook.OPEN_DOCUMENT);
		}
		if (!names.contains("[Content_Types].xml")) {
			throw Problems.notAWorkbook(FileLook.ZIP);
		}
	}

	/**
	 * An OLE2 compound document is an .xls, a .doc, or an encrypted .xlsx (which Office
	 * wraps in OLE2 with an EncryptionInfo stream).
	 */
	private static void checkCompoundDocument(Path file) throws WorkbookProblem {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
				throw Problems.encrypted();
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				throw Problems.notAWorkbook(FileLook.WORD);
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				throw Problems.notAWorkbook(FileLook.POWERPOINT);
			}
			throw Problems.oldFormat();
		}
		catch (IOException | RuntimeException ex) {
			throw Problems.corrupt(ex);
		}
	}

	/**
	 * What FileMagic does not know: JPEGs with rarer headers (all start FF D8 FF), and
	 * text (CSV, TSV, a log), which has no control characters other than tab, line breaks
	 * and form feed in its first few kilobytes, where binary formats almost always do.
	 */
	private static FileLook lookOfTheRest(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(TEXT_PROBE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (head.length >= 3 && head[0] == (byte) 0xFF && head[1] == (byte) 0xD8 && head[2] == (byte) 0xFF) {
			return FileLook.JPEG;
		}
		for (byte b : head) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
				return FileLook.UNKNOWN;
			}
		}
		return FileLook.TEXT;
	}

}
