package io.greenloop.reporting.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook opened for streaming: the package read from the file (random access, with
 * POI's zip-bomb guard on every part), its list of sheets, and passes over the one sheet
 * it must have. Every failure of a damaged file becomes a {@link WorkbookProblem}.
 */
final class OpenWorkbook implements AutoCloseable {

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private final WorkbookPart workbook;

	private CellDecoder decoder;

	private OpenWorkbook(OPCPackage pkg, XSSFReader reader, WorkbookPart workbook) {
		this.pkg = pkg;
		this.reader = reader;
		this.workbook = workbook;
	}

	static OpenWorkbook open(Path file) throws WorkbookProblem {
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(pkg);
			WorkbookPart workbook = new WorkbookPart();
			try (InputStream in = reader.getWorkbookData()) {
				parse(in, workbook);
			}
			return new OpenWorkbook(pkg, reader, workbook);
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			if (pkg != null) {
				pkg.revert();
			}
			throw unreadable(ex, null);
		}
	}

	/** The workbook's only sheet; hidden sheets count, since they hide data. */
	SheetEntry onlySheet() throws WorkbookProblem {
		List<SheetEntry> sheets = this.workbook.sheets();
		if (sheets.isEmpty()) {
			throw Problems.noSheet();
		}
		if (sheets.size() > 1) {
			throw Problems.extraSheets(sheets.stream().map(SheetEntry::name).toList(),
					sheets.stream().filter(SheetEntry::hidden).map(SheetEntry::name).toList());
		}
		return sheets.get(0);
	}

	/**
	 * Streams the sheet's XML through {@code events}. Exceptions thrown by the caller's
	 * code inside {@code events} come out unchanged.
	 */
	SheetXmlHandler stream(SheetEntry sheet, SheetEvents events) throws WorkbookProblem {
		try {
			SheetXmlHandler handler = new SheetXmlHandler(decoder(), events);
			try (InputStream in = this.reader.getSheet(sheet.relationId())) {
				parse(in, handler);
			}
			return handler;
		}
		catch (SAXException ex) {
			if (ex.getException() instanceof WorkbookProblem problem) {
				throw problem;
			}
			if (ex.getException() instanceof CallerFailure failure) {
				throw failure.original();
			}
			throw unreadable(ex, sheet.name());
		}
		catch (CallerFailure failure) {
			throw failure.original();
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			throw unreadable(ex, sheet.name());
		}
	}

	/** Read-only packages are reverted, not closed: closing would try to save them. */
	@Override
	public void close() {
		this.pkg.revert();
	}

	/**
	 * Shared strings are read into memory once (they are deduplicated, so far smaller
	 * than the sheet); styles are needed only to recognise dates.
	 */
	private CellDecoder decoder() throws IOException, OpenXML4JException, SAXException {
		if (this.decoder == null) {
			SharedStrings strings = new ReadOnlySharedStringsTable(this.pkg, false);
			StylesTable styles = this.reader.getStylesTable();
			this.decoder = new CellDecoder(strings, styles, this.workbook.date1904());
		}
		return this.decoder;
	}

	private static void parse(InputStream in, org.xml.sax.ContentHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(in));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No SAX parser available", ex);
		}
	}

	/**
	 * A zip bomb is reported by POI as an IOException whose message says so, somewhere in
	 * the chain of causes; anything else that fails is a damaged file.
	 */
	private static WorkbookProblem unreadable(Exception ex, String sheet) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb detected") || message.contains("potentially malicious")) {
				return Problems.zipBomb(ex);
			}
		}
		return (sheet != null) ? Problems.corruptSheet(sheet, ex) : Problems.corrupt(ex);
	}

}
