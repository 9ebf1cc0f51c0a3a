package io.greenloop.evaluation;

/**
 * The caller may not see or change this (403).
 */
public class EvaluationRefusedException extends RuntimeException {

	public EvaluationRefusedException(String message) {
		super(message);
	}

}
