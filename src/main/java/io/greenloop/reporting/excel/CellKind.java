package io.greenloop.reporting.excel;

/**
 * What a cell holds, as stored in the workbook. Text that looks like a number stays
 * {@link #TEXT}: whether "003" is a code or a quantity is the caller's decision.
 */
public enum CellKind {

	/** A string, shared or inline; never empty after trimming. */
	TEXT,
	/** A number (dates are numbers too, with a date format). */
	NUMBER,
	/** TRUE or FALSE. */
	BOOLEAN,
	/** An error value such as #DIV/0! or #N/A. */
	ERROR,
	/** Nothing, or only spaces. */
	BLANK

}
