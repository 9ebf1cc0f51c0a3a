package io.greenloop.reporting.excel;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The second pass of an annotated copy: each original row is written again as it is
 * parsed, with marked cells filled red and commented, and the problem column filled in.
 * Marked rows and cells the original lacks are written where they belong.
 */
final class CopySheet implements SheetEvents {

	static final String PROBLEM_HEADER = "错误说明 / Problems";

	/**
	 * Comments are kept in memory until the workbook is written (several kilobytes each),
	 * so only this many cells get one; every explanation is in the problem column anyway.
	 */
	static final int MAX_COMMENTS = 2000;

	private static final int PROBLEM_WIDTH = 60;

	private final SXSSFSheet sheet;

	private final CopyStyles styles;

	private final ProblemMarks marks;

	private final int headerRow;

	private final int problemColumn;

	private final Set<Integer> textColumns = new HashSet<>();

	private final Drawing<?> drawing;

	private final CreationHelper helper;

	private int written;

	private int comments;

	CopySheet(SXSSFSheet sheet, ProblemMarks marks, SheetShape shape) {
		this.sheet = sheet;
		this.styles = new CopyStyles(sheet.getWorkbook());
		this.marks = marks;
		this.headerRow = shape.headerRow();
		this.problemColumn = Math.max(shape.lastColumn(), marks.lastColumn()) + 1;
		this.drawing = sheet.createDrawingPatriarch();
		this.helper = sheet.getWorkbook().getCreationHelper();
		sheet.setColumnWidth(this.problemColumn, PROBLEM_WIDTH * 256);
	}

	@Override
	public void row(int number, List<RawCell> cells) {
		writeMarkedRowsBefore(number);
		Row row = this.sheet.createRow(number - 1);
		Map<Integer, String> marked = this.marks.cells(number);
		Set<Integer> done = new HashSet<>();
		for (RawCell cell : cells) {
			if (!cell.cell().isBlank() || marked.containsKey(cell.column())) {
				write(row, cell, marked.get(cell.column()));
				done.add(cell.column());
			}
		}
		marked.forEach((column, text) -> {
			if (!done.contains(column)) {
				write(row, new RawCell(column, Cell.blank(CellReference.convertNumToColString(column) + number), false),
						text);
			}
		});
		finish(row, number);
	}

	@Override
	public void columns(int first, int last, double width, boolean textFormat) {
		for (int column = first; column <= Math.min(last, this.problemColumn - 1); column++) {
			this.sheet.setColumnWidth(column, (int) Math.min(255, width) * 256);
			if (textFormat) {
				this.textColumns.add(column);
				this.sheet.setDefaultColumnStyle(column, this.styles.cell(false, true, null));
			}
		}
	}

	@Override
	public void frozen(int columns, int rows) {
		this.sheet.createFreezePane(columns, rows);
	}

	/** Writes the marked rows after the last original row, and the merged ranges. */
	void finish(List<String> mergedRanges) {
		writeMarkedRowsBefore(Integer.MAX_VALUE);
		for (String range : mergedRanges) {
			this.sheet.addMergedRegionUnsafe(CellRangeAddress.valueOf(range));
		}
	}

	private void writeMarkedRowsBefore(int number) {
		for (int marked : this.marks.rows().subSet(this.written, false, number, false)) {
			row(marked, List.of());
		}
	}

	private void write(Row row, RawCell raw, String problem) {
		Cell value = raw.cell();
		var cell = row.createCell(raw.column());
		switch (value.kind()) {
			case TEXT -> cell.setCellValue(fitting(value.text()));
			case NUMBER -> cell.setCellValue(value.number().doubleValue());
			case BOOLEAN -> cell.setCellValue("TRUE".equals(value.text()));
			case ERROR -> error(cell, value.text());
			case BLANK -> cell.setBlank();
		}
		var style = this.styles.cell(problem != null, this.textColumns.contains(raw.column()),
				raw.date() ? value.text() : null);
		if (style != null) {
			cell.setCellStyle(style);
		}
		if (problem != null && this.comments < MAX_COMMENTS) {
			comment(cell, problem);
		}
	}

	private void finish(Row row, int number) {
		String text = this.marks.rowText(number);
		if (text != null) {
			var cell = row.createCell(this.problemColumn);
			cell.setCellValue(text);
			cell.setCellStyle(this.styles.problemText());
		}
		else if (number == this.headerRow) {
			var cell = row.createCell(this.problemColumn);
			cell.setCellValue(PROBLEM_HEADER);
			cell.setCellStyle(this.styles.problemHeader());
		}
		this.written = number;
	}

	/**
	 * A comment box to the right of the cell; SXSSF does not move a comment to its cell
	 * as XSSF does, so the address is set explicitly.
	 */
	private void comment(org.apache.poi.ss.usermodel.Cell cell, String text) {
		ClientAnchor anchor = this.helper.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 4);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 3);
		Comment comment = this.drawing.createCellComment(anchor);
		comment.setString(this.helper.createRichTextString(text));
		comment.setAuthor("Greenloop");
		comment.setAddress(cell.getAddress());
		cell.setCellComment(comment);
		this.comments++;
	}

	/**
	 * The text cut to what a cell holds (32,767 characters): only a crafted file has a
	 * longer one, such as a number of a million digits read as text, and POI refuses to
	 * write it.
	 */
	private static String fitting(String text) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static void error(org.apache.poi.ss.usermodel.Cell cell, String code) {
		try {
			cell.setCellErrorValue(FormulaError.forString(code).getCode());
		}
		catch (IllegalArgumentException ex) {
			cell.setCellValue(code);
		}
	}

}
