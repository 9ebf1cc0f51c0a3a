package io.greenloop.dashboard;

/**
 * The map was asked to show an indicator that is neither a concept nor a target (400).
 */
public class UnknownIndicatorException extends IllegalArgumentException {

	UnknownIndicatorException(String code) {
		super("没有指标或指标概念 %s / no concept or target %s".formatted(code, code));
	}

}
