package io.greenloop.reporting.excel;

import java.util.Objects;

/**
 * A column of a written workbook.
 *
 * @param header the header text, which {@link Column} finds again when the filled-in
 * workbook comes back
 * @param widthChars the column's width in characters
 * @param numeric whether the column holds quantities; other columns are formatted as
 * text, so that codes typed into them ("003", "150100") are not turned into numbers
 * @param note an explanation shown as a comment on the header cell (what to enter, the
 * unit), or {@code null}
 */
public record ColumnSpec(String header, int widthChars, boolean numeric, String note) {

	public ColumnSpec {
		Objects.requireNonNull(header, "header");
		if (widthChars <= 0) {
			throw new IllegalArgumentException("Column " + header + " needs a positive width");
		}
	}

}
