package io.greenloop.evaluation.domain;

/**
 * The margins that turn progress into a status, as shares of the way from baseline to
 * target. The defaults read in years of a five-year plan, where one year is 0.20 of the
 * way: a target more than half a year behind its trajectory (0.10) is 滞后, more than a
 * year behind (0.20) is 严重滞后. "约" allows 5% of the figure; "稳中向好" allows a 2% slip
 * against the reference as still stable.
 *
 * @param laggingMargin behind the expected progress by more than this: lagging
 * @param seriousMargin behind by more than this: seriously lagging
 * @param approxTolerance for "约": the share of the figure a value may differ by
 * @param stableTolerance for "稳中向好": the share of the reference a value may slip by
 */
public record Thresholds(double laggingMargin, double seriousMargin, double approxTolerance, double stableTolerance) {

	public static final Thresholds DEFAULTS = new Thresholds(0.10, 0.20, 0.05, 0.02);

	public Thresholds {
		if (!(0 <= laggingMargin && laggingMargin <= seriousMargin && seriousMargin <= 1)) {
			throw new IllegalArgumentException("须 0 ≤ 滞后阈值 ≤ 严重滞后阈值 ≤ 1 / thresholds need 0 ≤ lagging ≤ serious ≤ 1");
		}
		if (!(approxTolerance >= 0 && stableTolerance >= 0)) {
			throw new IllegalArgumentException("容差不能为负 / tolerances cannot be negative");
		}
	}

}
