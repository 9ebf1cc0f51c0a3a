package io.greenloop.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.reporting.excel.AnnotatedCopy;
import io.greenloop.reporting.excel.Cell;
import io.greenloop.reporting.excel.CellKind;
import io.greenloop.reporting.excel.SheetRow;
import io.greenloop.reporting.excel.WorkbookProblem;

/**
 * The rows read from a workbook, with where each came from, so that every problem found
 * later can be put back on its row and cell.
 */
final class WorkbookRows {

	private final Map<Integer, SheetRow> rows = new LinkedHashMap<>();

	private final Map<String, String> columnLetters = new HashMap<>();

	void add(SheetRow row) {
		this.rows.put(row.number(), row);
		row.cells().forEach((key, cell) -> this.columnLetters.putIfAbsent(key, cell.ref().replaceAll("\\d", "")));
	}

	int size() {
		return this.rows.size();
	}

	Iterable<SheetRow> all() {
		return this.rows.values();
	}

	/**
	 * The text of a cell as a person typed it: numbers exactly, text trimmed, blanks as
	 * null.
	 */
	static String text(SheetRow row, String key) {
		Cell cell = row.cells().get(key);
		if (cell == null || cell.kind() == CellKind.BLANK) {
			return null;
		}
		return cell.kind() == CellKind.NUMBER && cell.number() != null ? cell.number().toPlainString() : cell.text();
	}

	/** The reference of a row's cell for a field, such as F7. */
	String cell(int row, String key) {
		String letters = this.columnLetters.getOrDefault(key, this.columnLetters.getOrDefault("value", "A"));
		return letters + row;
	}

	/**
	 * A copy of the refused workbook with each problem marked on its cell, for the person
	 * who uploaded it; null if the file cannot be copied.
	 */
	static byte[] annotated(Path file, List<ValueProblem> problems, boolean english) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			AnnotatedCopy.write(file, byCell(problems, english), Map.of(), out);
			return out.toByteArray();
		}
		catch (WorkbookProblem ex) {
			return null;
		}
	}

	/**
	 * The problems as the annotated copy wants them: by cell, and by row for those
	 * without a cell.
	 */
	static Map<String, String> byCell(List<ValueProblem> problems, boolean english) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (ValueProblem problem : problems) {
			if (problem.cell() != null) {
				cells.merge(problem.cell(), english ? problem.messageEn() : problem.message(), (a, b) -> a + "；" + b);
			}
		}
		return cells;
	}

}
