package io.greenloop.reporting.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One SAX pass over a worksheet part: rows go to {@link SheetEvents} as they are parsed,
 * so memory holds one row at a time whatever the sheet's size. Formulas and merged ranges
 * are collected on the way for the caller to judge at the end (merged ranges are listed
 * after the cells in the XML).
 */
final class SheetXmlHandler extends DefaultHandler {

	private static final int FORMULAS_KEPT = 10;

	private final CellDecoder decoder;

	private final SheetEvents events;

	private final List<String> formulaRefs = new ArrayList<>();

	private final List<String> mergedRanges = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int formulaCount;

	private int rowNumber;

	private int column;

	private List<RawCell> cells = new ArrayList<>();

	private String ref;

	private String type;

	private String style;

	private boolean formula;

	private boolean inValue;

	private boolean inInlineText;

	private boolean inPhonetic;

	SheetXmlHandler(CellDecoder decoder, SheetEvents events) {
		this.decoder = decoder;
		this.events = events;
	}

	/** The first ten cells with a formula. */
	List<String> formulaRefs() {
		return List.copyOf(this.formulaRefs);
	}

	int formulaCount() {
		return this.formulaCount;
	}

	/** Every merged range, such as "A1:C1". */
	List<String> mergedRanges() {
		return List.copyOf(this.mergedRanges);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> startRow(attributes.getValue("r"));
			case "c" -> startCell(attributes);
			case "v" -> startValue();
			case "t" -> this.inInlineText = this.ref != null && !this.inPhonetic;
			case "is" -> this.text.setLength(0);
			case "rPh" -> this.inPhonetic = true;
			case "f" -> this.formula = true;
			case "mergeCell" -> this.mergedRanges.add(attributes.getValue("ref"));
			case "col" -> column(attributes);
			case "pane" -> pane(attributes);
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inValue || this.inInlineText) {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
			case "v" -> this.inValue = false;
			case "t" -> this.inInlineText = false;
			case "rPh" -> this.inPhonetic = false;
			case "c" -> endCell();
			case "row" -> endRow();
			default -> {
			}
		}
	}

	private void startRow(String number) {
		this.rowNumber = (number != null) ? Integer.parseInt(number) : this.rowNumber + 1;
		this.column = -1;
		this.cells = new ArrayList<>();
	}

	private void startCell(Attributes attributes) {
		String given = attributes.getValue("r");
		this.column = (given != null) ? new CellReference(given).getCol() : this.column + 1;
		this.ref = CellReference.convertNumToColString(this.column) + this.rowNumber;
		this.type = attributes.getValue("t");
		this.style = attributes.getValue("s");
		this.formula = false;
		this.text.setLength(0);
	}

	private void startValue() {
		this.inValue = true;
		this.text.setLength(0);
	}

	private void endCell() {
		if (this.formula) {
			this.formulaCount++;
			if (this.formulaRefs.size() < FORMULAS_KEPT) {
				this.formulaRefs.add(this.ref);
			}
		}
		this.cells.add(this.decoder.decode(this.column, this.ref, this.type, this.style, this.text.toString()));
		this.ref = null;
	}

	private void endRow() throws SAXException {
		try {
			this.events.row(this.rowNumber, this.cells);
		}
		catch (WorkbookProblem problem) {
			throw new SAXException(problem);
		}
	}

	private void column(Attributes attributes) {
		String width = attributes.getValue("width");
		String min = attributes.getValue("min");
		String max = attributes.getValue("max");
		if (width != null && min != null && max != null) {
			this.events.columns(Integer.parseInt(min) - 1, Integer.parseInt(max) - 1, Double.parseDouble(width),
					this.decoder.isTextStyle(attributes.getValue("style")));
		}
	}

	private void pane(Attributes attributes) {
		String state = attributes.getValue("state");
		if ("frozen".equals(state) || "frozenSplit".equals(state)) {
			this.events.frozen(split(attributes.getValue("xSplit")), split(attributes.getValue("ySplit")));
		}
	}

	private static int split(String value) {
		return (value != null) ? (int) Double.parseDouble(value) : 0;
	}

}
