package io.greenloop.reporting.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a layout's columns sit in a row that may be the header: each column at the first
 * cell whose text names it.
 */
final class HeaderRow {

	private final int number;

	private final Map<Column, Integer> positions;

	private HeaderRow(int number, Map<Column, Integer> positions) {
		this.number = number;
		this.positions = positions;
	}

	/**
	 * @param headers each column of the layout, in order, with its headers normalized
	 * once for all rows
	 */
	static HeaderRow match(int number, List<RawCell> cells, Map<Column, Set<String>> headers) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		for (RawCell cell : cells) {
			if (cell.cell().kind() == CellKind.TEXT) {
				texts.put(cell.column(), Column.normalize(cell.cell().text()));
			}
		}
		Map<Column, Integer> positions = new LinkedHashMap<>();
		headers.forEach((column, names) -> texts.entrySet()
			.stream()
			.filter((text) -> names.contains(text.getValue()) && !positions.containsValue(text.getKey()))
			.findFirst()
			.ifPresent((text) -> positions.put(column, text.getKey())));
		return new HeaderRow(number, positions);
	}

	int number() {
		return this.number;
	}

	/** How many of the layout's columns the row names. */
	int size() {
		return this.positions.size();
	}

	/** The headers of the required columns this row lacks. */
	List<String> missingRequired(SheetLayout layout) {
		return layout.columns()
			.stream()
			.filter((column) -> column.required() && !this.positions.containsKey(column))
			.map(Column::label)
			.toList();
	}

	/**
	 * A row below the header, one cell per column found, blank where the XML has none.
	 */
	SheetRow dataRow(int row, List<RawCell> cells) {
		Map<Integer, Cell> byColumn = new HashMap<>();
		for (RawCell cell : cells) {
			byColumn.put(cell.column(), cell.cell());
		}
		Map<String, Cell> keyed = new LinkedHashMap<>();
		this.positions.forEach((column, index) -> {
			Cell cell = byColumn.get(index);
			keyed.put(column.key(),
					(cell != null) ? cell : Cell.blank(CellReference.convertNumToColString(index) + row));
		});
		return new SheetRow(row, keyed);
	}

}
