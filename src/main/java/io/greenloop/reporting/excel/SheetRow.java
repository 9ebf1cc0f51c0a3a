package io.greenloop.reporting.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row below the header, its cells keyed by {@link Column#key()}.
 *
 * @param number the 1-based row number Excel shows, for messages
 * @param cells one cell for each column of the layout that the header row has, blank
 * cells included as {@link CellKind#BLANK}; optional columns the sheet lacks are absent
 */
public record SheetRow(int number, Map<String, Cell> cells) {

	public SheetRow {
		cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
	}

	/** Whether every cell of the row is blank. */
	public boolean isBlank() {
		return this.cells.values().stream().allMatch(Cell::isBlank);
	}

}
