package io.greenloop.evaluation.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The building blocks of a report in Word: an A4 page, heading styles that Word's
 * navigation pane and table of contents know, paragraphs in 宋体 and 黑体, table cells.
 */
final class WordParts {

	static final String HEADING_1 = "Heading1";

	static final String HEADING_2 = "Heading2";

	static final String BODY_FONT = "宋体";

	static final String HEADING_FONT = "黑体";

	private WordParts() {
	}

	/**
	 * A4 portrait with 2.5 cm margins (sizes in twentieths of a point), and the styles.
	 */
	static void setUp(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(1418);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		XWPFStyles styles = doc.createStyles();
		styles.addStyle(new XWPFStyle(heading(HEADING_1, "heading 1", 0, 32), styles));
		styles.addStyle(new XWPFStyle(heading(HEADING_2, "heading 2", 1, 28), styles));
	}

	private static CTStyle heading(String id, String name, int level, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		CTFonts fonts = run.addNewRFonts();
		fonts.setEastAsia(HEADING_FONT);
		fonts.setAscii(HEADING_FONT);
		fonts.setHAnsi(HEADING_FONT);
		return style;
	}

	static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setStyle(style);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		font(run, HEADING_FONT);
		return paragraph;
	}

	/** A body paragraph, indented by two characters as Chinese documents are. */
	static XWPFRun body(XWPFDocument doc, String text) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setFirstLineIndent(480);
		paragraph.setSpacingAfter(120);
		return run(paragraph, text, 12);
	}

	static XWPFRun centred(XWPFDocument doc, String text, double size) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return run(paragraph, text, size);
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, double size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		font(run, BODY_FONT);
		return run;
	}

	static void font(XWPFRun run, String family) {
		run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
	}

	/** A table across the page with a repeated, shaded header row. */
	static XWPFTable table(XWPFDocument doc, String[] header, String[] widths) {
		XWPFTable table = doc.createTable(1, header.length);
		table.setWidth("100%");
		XWPFTableRow row = table.getRow(0);
		row.setRepeatHeader(true);
		for (int i = 0; i < header.length; i++) {
			XWPFTableCell cell = row.getCell(i);
			cell.setWidth(widths[i]);
			cell.setColor("D9E2F3");
			write(cell, header[i]).setBold(true);
		}
		return table;
	}

	/** A row of the table with the given texts; returns it to style further. */
	static XWPFTableRow row(XWPFTable table, String... texts) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < texts.length; i++) {
			write(row.getCell(i), texts[i]);
		}
		return row;
	}

	/** A row with a single cell across the table: a group's name. */
	static XWPFTableRow groupRow(XWPFTable table, String text, String color) {
		XWPFTableRow row = table.createRow();
		int columns = row.getTableCells().size();
		for (int i = columns - 1; i > 0; i--) {
			row.removeCell(i);
		}
		XWPFTableCell cell = row.getCell(0);
		CTTc tc = cell.getCTTc();
		(tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr()).addNewGridSpan().setVal(BigInteger.valueOf(columns));
		cell.setColor(color);
		write(cell, text).setBold(true);
		return row;
	}

	/** Text in a table cell, 五号 (10.5 pt). */
	static XWPFRun write(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		return run(paragraph, text == null ? "" : text, 10.5);
	}

}
