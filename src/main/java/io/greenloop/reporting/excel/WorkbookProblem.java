package io.greenloop.reporting.excel;

import java.io.Serial;
import java.util.List;
import java.util.Locale;

/**
 * Why an uploaded file cannot be read, in words for the person who uploaded it. Every
 * kind of bad file ends here rather than in a runtime exception, so that a web layer can
 * answer with a message instead of a server error.
 */
public final class WorkbookProblem extends Exception {

	@Serial
	private static final long serialVersionUID = 1L;

	/** What is wrong with the file, in the order the checks run. */
	public enum Kind {

		/** The file has no bytes at all. No details. */
		EMPTY_FILE,
		/**
		 * The file, or what it unpacks to (a zip bomb), exceeds the limits. Details: the
		 * file's size and the limit ("25.3 MB", "20.0 MB"), or "zip bomb".
		 */
		TOO_LARGE,
		/**
		 * The file is something else. Details: what it looks like, such as "PDF", "PNG",
		 * "JPEG", "WORD", "TEXT", "HTML", "ZIP" or "UNKNOWN".
		 */
		NOT_A_WORKBOOK,
		/** An Excel 97-2003 .xls workbook. No details. */
		OLD_EXCEL_FORMAT,
		/** A workbook protected with an opening password. No details. */
		ENCRYPTED,
		/**
		 * A truncated or damaged file, or one missing parts of the workbook. Details: the
		 * sheet whose contents are missing or damaged, if that is where it failed.
		 */
		CORRUPT,
		/** A workbook without any worksheet. No details. */
		NO_SHEET,
		/** More than one worksheet, hidden ones included. Details: every sheet's name. */
		EXTRA_SHEETS,
		/**
		 * Merged cells, which detach values from their rows and columns. Details: every
		 * merged range, such as "A1:C1".
		 */
		MERGED_CELLS,
		/**
		 * Formulas, whose results the reader does not calculate. Details: the first ten
		 * cells with one, such as "E7".
		 */
		FORMULA,
		/**
		 * No row holds every required column's header. Details: the required headers
		 * missing from the row that came closest.
		 */
		NO_HEADER,
		/** A header row and nothing below it. Details: the header's row number. */
		NO_DATA,
		/** More data rows than the limit. Details: the limit. */
		TOO_MANY_ROWS

	}

	private final Kind kind;

	private final List<String> details;

	private final String chinese;

	private final String english;

	WorkbookProblem(Kind kind, List<String> details, String chinese, String english, Throwable cause) {
		super(english, cause);
		this.kind = kind;
		this.details = List.copyOf(details);
		this.chinese = chinese;
		this.english = english;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * What the problem concerns, for callers that present it themselves: sheet names,
	 * cell ranges, cell references, missing headers, the row limit (see each
	 * {@link Kind}).
	 */
	public List<String> details() {
		return this.details;
	}

	/** The message in English for {@code en}, in Chinese for any other locale. */
	public String message(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.english : this.chinese;
	}

}
