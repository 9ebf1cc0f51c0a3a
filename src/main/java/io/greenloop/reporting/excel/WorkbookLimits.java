package io.greenloop.reporting.excel;

/**
 * How much an upload may hold. Checked before anything is parsed (the size) and while the
 * sheet streams (the rows), so that one oversized upload cannot exhaust the server.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxRows the most data rows (below the header, blank rows not counted) accepted
 */
public record WorkbookLimits(long maxBytes, int maxRows) {

	/** 20 MB and 100,000 rows: several times the largest real report. */
	public static final WorkbookLimits STANDARD = new WorkbookLimits(20L * 1024 * 1024, 100_000);

	public WorkbookLimits {
		if (maxBytes <= 0 || maxRows <= 0) {
			throw new IllegalArgumentException("Limits must be positive: " + maxBytes + " bytes, " + maxRows + " rows");
		}
	}

}
