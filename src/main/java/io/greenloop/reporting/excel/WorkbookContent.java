package io.greenloop.reporting.excel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link WorkbookWriter} puts on its one sheet, top to bottom.
 *
 * @param sheetName the tab's name (characters Excel forbids are replaced)
 * @param title the first row's text
 * @param preamble key/value lines under the title, such as "规划" → "003", that
 * {@link WorkbookReader} returns as the {@link Preamble}
 * @param columns the header row's columns
 * @param rows the data rows, read once as they are written: a
 * {@link java.math.BigDecimal} or other {@link Number} becomes a numeric cell,
 * {@code null} a blank cell, anything else its text
 */
public record WorkbookContent(String sheetName, String title, List<Map.Entry<String, String>> preamble,
		List<ColumnSpec> columns, Iterable<List<Object>> rows) {

	public WorkbookContent {
		Objects.requireNonNull(sheetName, "sheetName");
		Objects.requireNonNull(title, "title");
		preamble = List.copyOf(preamble);
		columns = List.copyOf(columns);
		Objects.requireNonNull(rows, "rows");
	}

}
