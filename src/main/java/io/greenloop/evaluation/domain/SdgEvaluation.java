package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where one target stands in one year by the Open SDG method. Values are those the growth
 * rates were computed on: the level, or for a cumulative change an index of the level
 * with the base year at 100. Fields the computation did not reach are null.
 *
 * @param year the year evaluated (the "current year")
 * @param status the Open SDG status
 * @param method with a target (method 2) or without (method 1); null if not computed
 * @param baseYear the base year used (the first year with data from the requested one)
 * @param baseValue the value in the base year
 * @param currentValue the value in the year evaluated
 * @param target the target value the growth was measured against, if any
 * @param targetYear the target's due year
 * @param direction the good direction of the values above
 * @param observedGrowth CAGR from the base year to the year evaluated
 * @param requiredGrowth CAGR from the base year to the target, with a target
 * @param progressValue R (with a target) or g (without)
 * @param coefficient the natural-limit coefficient C, when a limit was given
 * @param score the series score in [−5, 5] that Open SDG averages into an indicator's
 * @param explanation how it was computed
 * @param inputs the numbers used
 */
public record SdgEvaluation(int year, SdgStatus status, Method method, Integer baseYear, BigDecimal baseValue,
		BigDecimal currentValue, BigDecimal target, int targetYear, Direction direction, BigDecimal observedGrowth,
		BigDecimal requiredGrowth, BigDecimal progressValue, BigDecimal coefficient, BigDecimal score,
		Explanation explanation, List<Input> inputs) implements Outcome {

	/** Open SDG's two methodologies. */
	public enum Method {

		/** Method 1: the growth rate alone. */
		WITHOUT_TARGET,
		/** Method 2: the growth rate against the rate the target requires. */
		WITH_TARGET

	}

	public SdgEvaluation {
		inputs = List.copyOf(inputs);
	}

}
