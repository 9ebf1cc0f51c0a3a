package io.greenloop.reporting.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.util.CellReference;

/**
 * The caller's findings arranged by row and column, so that a copy streaming through the
 * sheet in row order can find each row's marks, including rows and cells that the
 * original file does not contain (a required value left empty has no cell in the XML).
 */
final class ProblemMarks {

	static final String SEPARATOR = "；";

	private final NavigableMap<Integer, NavigableMap<Integer, String>> cells = new TreeMap<>();

	private final NavigableMap<Integer, String> rows;

	private final NavigableSet<Integer> marked;

	private int lastColumn = -1;

	/**
	 * @param cellProblems explanations by cell reference, such as "E7"
	 * @param rowProblems explanations by 1-based row number
	 */
	ProblemMarks(Map<String, String> cellProblems, Map<Integer, String> rowProblems) {
		cellProblems.forEach((ref, text) -> {
			CellReference cell = new CellReference(ref);
			this.cells.computeIfAbsent(cell.getRow() + 1, (row) -> new TreeMap<>()).put((int) cell.getCol(), text);
			this.lastColumn = Math.max(this.lastColumn, cell.getCol());
		});
		this.rows = new TreeMap<>(rowProblems);
		this.marked = new TreeSet<>(this.cells.keySet());
		this.marked.addAll(this.rows.keySet());
	}

	/** The rows with any mark, in order. */
	NavigableSet<Integer> rows() {
		return Collections.unmodifiableNavigableSet(this.marked);
	}

	boolean isMarked(int row) {
		return this.marked.contains(row);
	}

	/** The explanations of a row's cells by 0-based column. */
	NavigableMap<Integer, String> cells(int row) {
		return this.cells.getOrDefault(row, new TreeMap<>());
	}

	/**
	 * What the problem column says for a row: the row's own problem, then each cell's,
	 * prefixed with the cell's reference so that it can be found; {@code null} for a
	 * clean row.
	 */
	String rowText(int row) {
		List<String> parts = new ArrayList<>();
		if (this.rows.get(row) != null) {
			parts.add(this.rows.get(row));
		}
		cells(row).forEach((column, text) -> parts.add(CellReference.convertNumToColString(column) + row + "：" + text));
		return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
	}

	/** The rightmost marked column, -1 if no cell is marked. */
	int lastColumn() {
		return this.lastColumn;
	}

}
