package io.greenloop.evaluation.report;

/** No plan has the code (404). */
public class UnknownPlanException extends RuntimeException {

	public UnknownPlanException(String code) {
		super("没有编号为“%s”的规划 / no plan has the code “%s”".formatted(code, code));
	}

}
