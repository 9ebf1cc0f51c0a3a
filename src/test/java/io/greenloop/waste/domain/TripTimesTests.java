package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The time a route needs, with worked numbers on the default settings. */
class TripTimesTests {

	final TripTimes times = TripTimes.defaults();

	static List<BigDecimal> km(Double... legs) {
		return Arrays.stream(legs).map(d -> d == null ? null : BigDecimal.valueOf(d)).toList();
	}

	@Test
	void aLegOf300KmNeedsSixHoursDrivingOneRestAndTwoHoursHandling() {
		// 300 / 50 = 6 h = 360 min driving; one 20 min rest after the first 4 h; 120 min
		// handling
		assertThat(this.times.legMinutes(BigDecimal.valueOf(300))).isEqualTo(360 + 20 + 120);
		// exactly 4 h of driving needs no rest (the trip ends), 4 h 1 min needs one
		assertThat(this.times.legMinutes(BigDecimal.valueOf(200))).isEqualTo(240 + 120);
		assertThat(this.times.legMinutes(new BigDecimal("200.1"))).isEqualTo(241 + 20 + 120);
		// 700 km = 14 h driving: rests after 4, 8 and 12 h
		assertThat(this.times.legMinutes(BigDecimal.valueOf(700))).isEqualTo(840 + 3 * 20 + 120);
	}

	@Test
	void judgesAgainstTwiceTheExpectedTimeAndAtLeastSixHoursOver() {
		TripAssessment ten = this.times.assess(km(300.0), Duration.ofHours(10), false);
		assertThat(ten.rule()).isEqualTo(TripTimes.Rule.ROUTE);
		assertThat(TripAssessment.hours(ten.expected())).isEqualByComparingTo("8.3");
		assertThat(TripAssessment.hours(ten.limit())).as("2 × 500 min").isEqualByComparingTo("16.7");
		assertThat(ten.over()).isFalse();
		assertThat(this.times.assess(km(300.0), Duration.ofMinutes(1000), false).over()).isFalse();
		assertThat(this.times.assess(km(300.0), Duration.ofMinutes(1001), false).over()).isTrue();
		TripAssessment forty = this.times.assess(km(300.0), Duration.ofHours(40), false);
		assertThat(forty.over()).isTrue();
		assertThat(forty.describe(this.times)).contains("Took 40 h from pick-up to delivery")
			.contains("route of 300 km needs 8.3 h")
			.contains("limit 16.7 h, rule ROUTE");
	}

	@Test
	void aShortTripDoesNotAlertForAnHoursDelay() {
		// 25 km: 30 min driving + 2 h handling = 2.5 h; twice is 5 h, but 6 h over is 8.5
		// h
		TripAssessment late = this.times.assess(km(25.0), Duration.ofHours(6), false);
		assertThat(late.over()).isFalse();
		assertThat(TripAssessment.hours(late.limit())).isEqualByComparingTo("8.5");
		assertThat(this.times.assess(km(25.0), Duration.ofMinutes(511), false).over()).isTrue();
	}

	@Test
	void addsTheLegsOfAMultimodalTrip() {
		// 120 km: 144 min + 120; 180 km: 216 min + 120; no rest on either leg: 600 min
		TripAssessment trip = this.times.assess(km(120.0, 180.0), Duration.ofHours(19), true);
		assertThat(trip.distanceKm()).isEqualByComparingTo("300");
		assertThat(TripAssessment.hours(trip.expected())).isEqualByComparingTo("10.0");
		assertThat(TripAssessment.hours(trip.limit())).isEqualByComparingTo("20.0");
		assertThat(trip.over()).isFalse();
		assertThat(trip.running()).isTrue();
	}

	@Test
	void fallsBackToTheFixedLimitWithoutADistanceForEveryLeg() {
		TripAssessment none = this.times.assess(km((Double) null), Duration.ofHours(40), false);
		assertThat(none.rule()).isEqualTo(TripTimes.Rule.FIXED);
		assertThat(none.over()).isFalse();
		TripAssessment partial = this.times.assess(km(120.0, null), Duration.ofHours(49), true);
		assertThat(partial.rule()).isEqualTo(TripTimes.Rule.FIXED);
		assertThat(partial.over()).isTrue();
		assertThat(partial.describe(this.times)).startsWith("In transit for 49 h from pick-up")
			.contains("fixed 48 h")
			.contains("rule FIXED");
	}

	@Test
	void refusesADistanceNotAboveZeroOrAbove5000Km() {
		assertThat(TripTimes.distance("d", new BigDecimal("300.04"))).isEqualByComparingTo("300.0");
		assertThat(TripTimes.distance("d", null)).isNull();
		assertThat(TripTimes.distance("d", BigDecimal.valueOf(5000))).isEqualByComparingTo("5000");
		for (String bad : List.of("0", "-5", "0.01", "5000.1")) {
			assertThatThrownBy(() -> TripTimes.distance("carriers[1].distanceKm", new BigDecimal(bad)))
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("at most 5000 km")
				.extracting(ex -> ((InvalidInputException) ex).field())
				.isEqualTo("carriers[1].distanceKm");
		}
	}

}
