package io.greenloop.evaluation.domain;

/**
 * A status as pages and reports show it: a stable code and its Chinese and English names.
 */
public interface StatusLabel {

	/** The code, the constant's name. */
	String name();

	String zh();

	String en();

}
