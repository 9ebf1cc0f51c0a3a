package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one target stands in one region and year, with what it was computed from.
 *
 * @param targetCode the target
 * @param targetName the indicator as the plan words it
 * @param planCode the plan
 * @param unit the target's unit
 * @param targetText the target as printed ("≥98", "下降15.5%")
 * @param regionCode the region
 * @param regionName its name
 * @param year the year evaluated
 * @param method PLAN (trajectory from baseline to target) or OPEN_SDG
 * @param status the status (ACHIEVED, ON_TRACK, LAGGING, SERIOUSLY_LAGGING, NO_DATA,
 * NEEDS_JUDGEMENT; or the Open SDG statuses)
 * @param value the year's value of the measure
 * @param target the figure it is compared with
 * @param expected the value expected on the trajectory in the year
 * @param progress the share of the way from baseline to target covered (0.6 = 60%)
 * @param expectedProgress the share expected by the year
 * @param gap value − expected, positive when ahead
 * @param projection the target-year value projected from the trend
 * @param explanation how it was computed, in the caller's language
 * @param inputs the numbers used: role, year, value
 * @param valueSource where the year's value came from: the submission or import and its
 * revision
 * @param evaluatedAt when it was computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationView(String targetCode, String targetName, String planCode, String unit, String targetText,
		String regionCode, String regionName, int year, String method, String status, BigDecimal value,
		BigDecimal target, BigDecimal expected, BigDecimal progress, BigDecimal expectedProgress, BigDecimal gap,
		BigDecimal projection, String explanation, List<Input> inputs, String valueSource, Instant evaluatedAt) {

	/**
	 * A number the result was computed from.
	 *
	 * @param role what it was used as: BASELINE, TARGET, TARGET_UPPER, ASSIGNED,
	 * OBSERVED, PREVIOUS, ...
	 * @param year its year
	 * @param value the number
	 */
	public record Input(String role, int year, BigDecimal value) {
	}

}
