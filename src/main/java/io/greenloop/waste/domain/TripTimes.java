package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The time a transfer's route needs, and whether a trip took far longer (the "a
 * trip takes far longer than its route needs"). Each 承运人 leg with its route distance
 * (运输里程) needs:
 * <ul>
 * <li>driving: distance ÷ {@code averageSpeedKmh} (50 km/h by default for dangerous goods
 * on the road: <em>our assumption</em>, no clause of JT/T 617 or the 道路危险货物运输管理规定 fixes
 * an average speed);</li>
 * <li>rests: {@code restMinutes} (20) after each full {@code restAfterDrivingHours} (4)
 * of driving that goes on (道路交通安全法实施条例 第六十二条第七项: no more than four hours of driving
 * without a rest of at least twenty minutes);</li>
 * <li>handling: {@code handlingHoursPerLeg} (2) for loading, handover or unloading.</li>
 * </ul>
 * A multimodal trip (联运, 部令第23号 第十七条) needs the sum of its legs. A trip is LONG when its
 * actual time exceeds the expected time × {@code factor} (2) <em>and</em> the expected
 * time by at least {@code minExcessHours} (6), so a short trip does not alert for an
 * hour's delay. A trip any of whose legs has no distance is judged by the fixed
 * {@code fixedMaxHours} (48) instead.
 */
public record TripTimes(BigDecimal averageSpeedKmh, int restMinutes, int restAfterDrivingHours,
		BigDecimal handlingHoursPerLeg, BigDecimal factor, BigDecimal minExcessHours, int fixedMaxHours) {

	/** The longest route distance of a leg accepted (km). */
	public static final BigDecimal MAX_DISTANCE_KM = BigDecimal.valueOf(5000);

	/** The rule a trip was judged by. */
	public enum Rule {

		/** Expected from the legs' route distances. */
		ROUTE,
		/** No (complete) route given: the fixed limit. */
		FIXED

	}

	public TripTimes {
		Objects.requireNonNull(averageSpeedKmh);
		if (averageSpeedKmh.signum() <= 0 || restAfterDrivingHours <= 0 || restMinutes < 0
				|| handlingHoursPerLeg.signum() < 0 || factor.compareTo(BigDecimal.ONE) < 0
				|| minExcessHours.signum() < 0 || fixedMaxHours <= 0) {
			throw new IllegalArgumentException("Trip time settings out of range");
		}
	}

	/** The defaults named above. */
	public static TripTimes defaults() {
		return new TripTimes(BigDecimal.valueOf(50), 20, 4, BigDecimal.valueOf(2), BigDecimal.valueOf(2),
				BigDecimal.valueOf(6), 48);
	}

	/**
	 * The distance as stored (km, one decimal); refuses one not above 0 or above 5000 km,
	 * naming the field. Null stays null (not given).
	 */
	public static BigDecimal distance(String field, BigDecimal km) {
		if (km == null) {
			return null;
		}
		BigDecimal value = km.setScale(1, RoundingMode.HALF_UP);
		if (value.signum() <= 0 || value.compareTo(MAX_DISTANCE_KM) > 0) {
			throw new InvalidInputException(field, "The route distance (运输里程) must be greater than 0 and at most "
					+ MAX_DISTANCE_KM + " km; was " + km.stripTrailingZeros().toPlainString());
		}
		return value;
	}

	/** Minutes one leg of the distance needs: driving, rests and handling. */
	public long legMinutes(BigDecimal km) {
		long driving = km.multiply(BigDecimal.valueOf(60))
			.divide(this.averageSpeedKmh, 0, RoundingMode.CEILING)
			.longValueExact();
		long rests = driving <= 0 ? 0 : (driving - 1) / (this.restAfterDrivingHours * 60L);
		return driving + rests * this.restMinutes + minutes(this.handlingHoursPerLeg);
	}

	/**
	 * Judges a trip: the legs' distances in order (null where not given), the time from
	 * the first pick-up to delivery (or to now while running).
	 */
	public TripAssessment assess(List<BigDecimal> legDistances, Duration actual, boolean running) {
		boolean complete = !legDistances.isEmpty() && legDistances.stream().allMatch(Objects::nonNull);
		if (!complete) {
			Duration limit = Duration.ofHours(this.fixedMaxHours);
			boolean over = actual != null && actual.compareTo(limit) > 0;
			return new TripAssessment(Rule.FIXED, null, null, limit, actual, running, over);
		}
		BigDecimal distance = legDistances.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		long expected = legDistances.stream().mapToLong(this::legMinutes).sum();
		long byFactor = this.factor.multiply(BigDecimal.valueOf(expected))
			.setScale(0, RoundingMode.CEILING)
			.longValueExact();
		long byExcess = expected + minutes(this.minExcessHours);
		boolean over = actual != null && actual.toMinutes() > byFactor
				&& actual.toMinutes() - expected >= minutes(this.minExcessHours);
		return new TripAssessment(Rule.ROUTE, distance, Duration.ofMinutes(expected),
				Duration.ofMinutes(Math.max(byFactor, byExcess)), actual, running, over);
	}

	private static long minutes(BigDecimal hours) {
		return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

}
