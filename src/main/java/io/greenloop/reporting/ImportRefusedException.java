package io.greenloop.reporting;

import java.util.List;
import java.util.UUID;

/**
 * A workbook was refused, all of it: nothing was written. Either the file itself is
 * unusable (wrong type, formulas, merged cells...: {@code problems} is empty and the
 * message says why), or some rows are bad: then every problem names its row and cell, and
 * the annotated copy marks them.
 */
public class ImportRefusedException extends ValuesRejectedException {

	private final UUID attempt;

	private final String code;

	public ImportRefusedException(String message, String code, List<ValueProblem> problems, UUID attempt) {
		super(message, problems);
		this.code = code;
		this.attempt = attempt;
	}

	/**
	 * The import attempt whose annotated copy marks the bad cells; null for an unusable
	 * file.
	 */
	public UUID attempt() {
		return this.attempt;
	}

	/**
	 * What was wrong with the file as a whole (EMPTY_FILE, FORMULA, ...), or ROWS for bad
	 * rows.
	 */
	public String code() {
		return this.code;
	}

}
