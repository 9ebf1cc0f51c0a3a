package io.greenloop.evaluation.domain;

/**
 * How the value is expected to move from the baseline to the target: the same amount
 * every year, or the same rate every year. Chosen per indicator concept: compound suits
 * intensities and declines, where plans think in annual rates (−15.5% over five years is
 * −3.31% a year).
 */
public enum TrajectoryShape {

	/** Equal steps: expected = baseline + (target − baseline) × elapsed share. */
	LINEAR,
	/** A constant annual rate of the underlying level. */
	COMPOUND

}
