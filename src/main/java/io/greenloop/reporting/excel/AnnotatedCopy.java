package io.greenloop.reporting.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A rejected upload handed back with its problems marked in place, because people fix a
 * workbook faster in Excel than from a list of messages: the same sheet and values, each
 * bad cell filled light red with a comment that explains it, and a last column "错误说明 /
 * Problems" saying, on each bad row, everything wrong with it.
 * <p>
 * Reads the original in two streamed passes (the first finds how wide the sheet is and
 * which row is the header) and writes with SXSSF, so a 50,000-row upload costs little
 * memory. Formulas are copied as their last calculated values.
 */
public final class AnnotatedCopy {

	private static final int WINDOW = 100;

	private AnnotatedCopy() {
	}

	/**
	 * Writes the marked copy of {@code original} to {@code out}, which stays open.
	 * @param cellProblems explanations by cell reference, such as "E7" → "数值不能为负数"
	 * @param rowProblems explanations by 1-based row number, for problems of a whole row
	 * @throws WorkbookProblem if the original is not a readable one-sheet workbook
	 * @throws UncheckedIOException if {@code out} cannot be written
	 */
	public static void write(Path original, Map<String, String> cellProblems, Map<Integer, String> rowProblems,
			OutputStream out) throws WorkbookProblem {
		ProblemMarks marks = new ProblemMarks(cellProblems, rowProblems);
		checkNotEmpty(original);
		FileSniffer.check(original);
		try (OpenWorkbook workbook = OpenWorkbook.open(original);
				SXSSFWorkbook copy = new SXSSFWorkbook(null, WINDOW, true, false)) {
			SheetEntry sheet = workbook.onlySheet();
			SheetShape shape = new SheetShape(marks);
			workbook.stream(sheet, shape);
			CopySheet rows = new CopySheet(copy.createSheet(WorkbookUtil.createSafeSheetName(sheet.name())), marks,
					shape);
			rows.finish(workbook.stream(sheet, rows).mergedRanges());
			copy.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkNotEmpty(Path original) throws WorkbookProblem {
		try {
			if (Files.size(original) == 0) {
				throw Problems.empty();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
