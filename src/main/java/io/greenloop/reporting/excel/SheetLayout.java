package io.greenloop.reporting.excel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a reading expects. Columns not listed are ignored, so a template may carry
 * explanatory columns the caller does not read.
 *
 * @param columns the expected columns, keys unique
 */
public record SheetLayout(List<Column> columns) {

	public SheetLayout {
		columns = List.copyOf(columns);
		Set<String> keys = new HashSet<>();
		for (Column column : columns) {
			if (!keys.add(column.key())) {
				throw new IllegalArgumentException("Column key used twice: " + column.key());
			}
		}
	}

	public static SheetLayout of(Column... columns) {
		return new SheetLayout(List.of(columns));
	}

}
