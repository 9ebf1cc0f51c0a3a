package io.greenloop.reporting.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uploaded .xlsx workbook row by row, without ever holding the whole sheet: the
 * sheet's XML streams through a SAX parser and each data row goes to the caller as soon
 * as it is parsed, so a 50,000-row upload needs no more memory than a 50-row one.
 * <p>
 * The checks run from cheapest to dearest, and each failure is a {@link WorkbookProblem}
 * for the person who uploaded the file: the size, what the file really is (by content,
 * not name), whether it opens, that it has exactly one sheet, then, while streaming, the
 * row limit, and at the end merged cells, formulas, the header and the data. A problem
 * may come after some rows were handed out; callers collect rows and write nothing until
 * the reading has returned.
 */
public final class WorkbookReader {

	private final WorkbookLimits limits;

	public WorkbookReader(WorkbookLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * Reads the file's only sheet under {@code layout}.
	 * @param file the uploaded file, whatever its name
	 * @param layout the columns to find
	 * @param rows receives each non-blank data row, in order; its exceptions pass through
	 * unchanged
	 * @return the key/value lines above the header, and where the header is
	 * @throws WorkbookProblem if the file is not a readable workbook of that layout
	 */
	public Preamble read(Path file, SheetLayout layout, Consumer<SheetRow> rows) throws WorkbookProblem {
		checkSize(file);
		FileSniffer.check(file);
		try (OpenWorkbook workbook = OpenWorkbook.open(file)) {
			SheetEntry sheet = workbook.onlySheet();
			RowAssembler assembler = new RowAssembler(sheet.name(), layout, this.limits.maxRows(), rows);
			SheetXmlHandler handler = workbook.stream(sheet, assembler);
			if (!handler.mergedRanges().isEmpty()) {
				throw Problems.mergedCells(sheet.name(), handler.mergedRanges());
			}
			if (handler.formulaCount() > 0) {
				throw Problems.formulas(sheet.name(), handler.formulaRefs(), handler.formulaCount());
			}
			return assembler.finish();
		}
	}

	private void checkSize(Path file) throws WorkbookProblem {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (size == 0) {
			throw Problems.empty();
		}
		if (size > this.limits.maxBytes()) {
			throw Problems.tooLarge(size, this.limits.maxBytes());
		}
	}

}
