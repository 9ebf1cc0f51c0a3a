package io.greenloop.reporting.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gives a sheet's rows their meaning under a layout: rows above the header are the
 * preamble, the first row naming every required column is the header, and each non-blank
 * row after it becomes a {@link SheetRow} handed to the caller at once.
 */
final class RowAssembler implements SheetEvents {

	private final String sheet;

	private final SheetLayout layout;

	private final int maxRows;

	private final Consumer<SheetRow> rows;

	private final Map<Column, Set<String>> headers = new LinkedHashMap<>();

	private final Map<String, String> preamble = new LinkedHashMap<>();

	private HeaderRow header;

	private List<String> fewestMissing;

	private int handedOut;

	RowAssembler(String sheet, SheetLayout layout, int maxRows, Consumer<SheetRow> rows) {
		this.sheet = sheet;
		this.layout = layout;
		this.maxRows = maxRows;
		this.rows = rows;
		layout.columns().forEach((column) -> this.headers.put(column, column.normalizedHeaders()));
	}

	@Override
	public void row(int number, List<RawCell> cells) throws WorkbookProblem {
		if (this.header == null) {
			findHeader(number, cells);
			return;
		}
		SheetRow row = this.header.dataRow(number, cells);
		if (row.isBlank()) {
			return;
		}
		if (++this.handedOut > this.maxRows) {
			throw Problems.tooManyRows(this.sheet, this.maxRows);
		}
		try {
			this.rows.accept(row);
		}
		catch (RuntimeException ex) {
			throw new CallerFailure(ex);
		}
	}

	/** The preamble, once the whole sheet has passed with a header and data rows. */
	Preamble finish() throws WorkbookProblem {
		if (this.header == null) {
			throw Problems.noHeader(this.sheet, (this.fewestMissing != null) ? this.fewestMissing
					: this.layout.columns().stream().filter(Column::required).map(Column::label).toList());
		}
		if (this.handedOut == 0) {
			throw Problems.noData(this.sheet, this.header.number());
		}
		return new Preamble(this.preamble, this.header.number());
	}

	private void findHeader(int number, List<RawCell> cells) {
		HeaderRow candidate = HeaderRow.match(number, cells, this.headers);
		List<String> missing = candidate.missingRequired(this.layout);
		if (missing.isEmpty()) {
			this.header = candidate;
			return;
		}
		if (candidate.size() > 0 && (this.fewestMissing == null || missing.size() < this.fewestMissing.size())) {
			this.fewestMissing = missing;
		}
		addPreamble(cells);
	}

	private void addPreamble(List<RawCell> cells) {
		List<String> texts = cells.stream()
			.map((cell) -> cell.cell().text())
			.filter((text) -> !text.isEmpty())
			.toList();
		if (texts.size() >= 2) {
			String key = texts.get(0).replaceFirst("[：:]$", "").strip();
			if (!key.isEmpty()) {
				this.preamble.putIfAbsent(key, texts.get(1));
			}
		}
	}

}
