package io.greenloop.supervision;

/**
 * No progress report, evidence file, dispatch round or 督办 item has the id asked for
 * (404).
 */
public class UnknownReportException extends RuntimeException {

	public UnknownReportException(String zh, String en, long id) {
		super("没有编号为%d的%s / no %s has the id %d".formatted(id, zh, en, id));
	}

	public UnknownReportException(long id) {
		this("进度报告", "progress report", id);
	}

}
