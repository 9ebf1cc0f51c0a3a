package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How a trip stands against the time its route needs ({@link TripTimes}): the rule
 * applied, the route's total distance (null under the fixed rule), the expected time
 * (null under the fixed rule), the limit beyond which it is LONG, the actual time from
 * the first pick-up (null before it) to delivery or, while {@code running}, to now, and
 * whether it is over the limit.
 */
public record TripAssessment(TripTimes.Rule rule, BigDecimal distanceKm, Duration expected, Duration limit,
		Duration actual, boolean running, boolean over) {

	/** Hours with one decimal (null stays null). */
	public static BigDecimal hours(Duration duration) {
		return duration == null ? null
				: BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

	/** The alert's text: actual and expected hours, the distance and the rule. */
	public String describe(TripTimes times) {
		String actualText = (this.running ? "In transit for " : "Took ") + plain(hours(this.actual)) + " h from pick-up"
				+ (this.running ? "" : " to delivery");
		if (this.rule == TripTimes.Rule.FIXED) {
			return actualText + ": more than the fixed " + times.fixedMaxHours()
					+ " h (rule FIXED: no route distance given for every leg)";
		}
		return actualText + "; its route of " + plain(this.distanceKm) + " km needs " + plain(hours(this.expected))
				+ " h (" + plain(times.averageSpeedKmh()) + " km/h, " + times.restMinutes() + " min rest per "
				+ times.restAfterDrivingHours() + " h of driving, " + plain(times.handlingHoursPerLeg())
				+ " h handling per leg): more than " + plain(times.factor()) + " × and at least "
				+ plain(times.minExcessHours()) + " h over (limit " + plain(hours(this.limit)) + " h, rule ROUTE)";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
