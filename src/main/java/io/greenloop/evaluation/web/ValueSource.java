package io.greenloop.evaluation.web;

/**
 * Where a year's value came from, read from the stored provenance ("SUBMISSION 12 r2",
 * "IMPORT 3 r1"), so the page can link it: a submission to its page, a bulk import to the
 * approved values of the target, region and year.
 *
 * @param kind SUBMISSION, IMPORT or DEMO
 * @param id the submission's or the import's number
 * @param revision the value's revision
 * @param text the provenance as stored
 */
record ValueSource(String kind, long id, int revision, String text) {

	/** The provenance read, or null when there is none or it has another form. */
	static ValueSource of(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("r\\d{1,9}")) {
			return null;
		}
		return new ValueSource(parts[0], Long.parseLong(parts[1]), Integer.parseInt(parts[2].substring(1)), text);
	}

	public boolean isSubmission() {
		return "SUBMISSION".equals(this.kind);
	}

	public boolean isImport() {
		return "IMPORT".equals(this.kind);
	}

	/** Demonstration data (demo profile only), marked 演示数据 wherever it is shown. */
	public boolean isDemo() {
		return "DEMO".equals(this.kind);
	}

}
