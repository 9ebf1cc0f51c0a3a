package io.greenloop.evaluation.report;

import java.util.Locale;

/** What a report is written as: a Word document to edit, or a workbook of every row. */
public enum ReportFormat {

	/** Word (.docx): the narrative skeleton, tables and chart. */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	/** Excel (.xlsx): every result row. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String mediaType;

	ReportFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The format a request names: docx (the default) or xlsx. */
	public static ReportFormat of(String code) {
		if (code == null || code.isBlank()) {
			return DOCX;
		}
		for (ReportFormat format : values()) {
			if (format.extension().equals(code)) {
				return format;
			}
		}
		throw new IllegalArgumentException(
				"没有“%s”这种格式，可选 docx、xlsx / no format “%s”: docx or xlsx".formatted(code, code));
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

}
