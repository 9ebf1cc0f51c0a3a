package io.greenloop.reporting.excel;

import java.util.List;

/**
 * A first pass over a sheet that finds what a copy must know before writing its first
 * row: how wide the sheet is (the problem column goes to the right of everything) and
 * which row is the header (it gets the problem column's title). Without a layout, the
 * header is taken to be the first unmarked row with the most text cells: preamble lines
 * have two, data rows hold numbers.
 */
final class SheetShape implements SheetEvents {

	private final ProblemMarks marks;

	private int lastColumn = -1;

	private int headerRow;

	private long headerTexts;

	SheetShape(ProblemMarks marks) {
		this.marks = marks;
	}

	@Override
	public void row(int number, List<RawCell> cells) {
		for (RawCell cell : cells) {
			if (!cell.cell().isBlank()) {
				this.lastColumn = Math.max(this.lastColumn, cell.column());
			}
		}
		long texts = cells.stream().filter((cell) -> cell.cell().kind() == CellKind.TEXT).count();
		if (texts > this.headerTexts && !this.marks.isMarked(number)) {
			this.headerRow = number;
			this.headerTexts = texts;
		}
	}

	/** The last column holding a value, -1 for an empty sheet. */
	int lastColumn() {
		return this.lastColumn;
	}

	/** The 1-based header row, 0 if no row holds text. */
	int headerRow() {
		return this.headerRow;
	}

}
