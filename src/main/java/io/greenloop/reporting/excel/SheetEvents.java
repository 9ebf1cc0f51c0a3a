package io.greenloop.reporting.excel;

import java.util.List;

/**
 * What a pass over a sheet's XML reports, in document order. Reading needs only the rows;
 * copying also keeps column widths and frozen panes.
 */
interface SheetEvents {

	/**
	 * A row that has at least one cell element.
	 * @param number the 1-based row number
	 * @param cells the row's cells in column order
	 */
	void row(int number, List<RawCell> cells) throws WorkbookProblem;

	/** A run of columns (0-based, inclusive) with a width in characters. */
	default void columns(int first, int last, double width, boolean textFormat) {
	}

	/** Panes frozen left of {@code columns} and above {@code rows}. */
	default void frozen(int columns, int rows) {
	}

}
