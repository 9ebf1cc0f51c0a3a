package io.greenloop.reporting.excel;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the workbook part (xl/workbook.xml) for the two things streaming needs: every
 * sheet, hidden ones included (they are listed there and nowhere else), and whether dates
 * count from 1904 (old Mac workbooks) rather than 1900.
 */
final class WorkbookPart extends DefaultHandler {

	private final List<SheetEntry> sheets = new ArrayList<>();

	private boolean date1904;

	List<SheetEntry> sheets() {
		return List.copyOf(this.sheets);
	}

	boolean date1904() {
		return this.date1904;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if ("workbookPr".equals(localName)) {
			String value = attributes.getValue("date1904");
			this.date1904 = "1".equals(value) || "true".equals(value);
		}
		else if ("sheet".equals(localName)) {
			String state = attributes.getValue("state");
			boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
			this.sheets.add(new SheetEntry(attributes.getValue("name"), hidden, relationId(attributes)));
		}
	}

	/**
	 * The r:id attribute, whose namespace differs between transitional and strict OOXML.
	 */
	private static String relationId(Attributes attributes) {
		for (int i = 0; i < attributes.getLength(); i++) {
			if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("relationships")) {
				return attributes.getValue(i);
			}
		}
		return null;
	}

}
