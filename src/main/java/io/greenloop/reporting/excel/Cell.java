package io.greenloop.reporting.excel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell's value as the person who filled it in sees it.
 *
 * @param ref the cell's address, such as "E7", for messages that point at it
 * @param kind what the cell holds
 * @param text the value as displayed: trimmed text, a number in plain notation ("12500",
 * "63.68", never "1.25E4"), a date as "2025-09-30", "TRUE"/"FALSE", an error code such as
 * "#DIV/0!", or "" when blank
 * @param number for {@link CellKind#NUMBER} the exact decimal stored in the file
 * (unaffected by the cell's display format), otherwise {@code null}
 */
public record Cell(String ref, CellKind kind, String text, BigDecimal number) {

	public Cell {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		if ((kind == CellKind.NUMBER) != (number != null)) {
			throw new IllegalArgumentException("A number is given exactly for NUMBER cells: " + ref);
		}
	}

	static Cell blank(String ref) {
		return new Cell(ref, CellKind.BLANK, "", null);
	}

	/** Whether the cell holds nothing (or only spaces). */
	public boolean isBlank() {
		return this.kind == CellKind.BLANK;
	}

}
