package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.greenloop.waste.ManifestViews.TripView;
import io.greenloop.waste.domain.TripAssessment;
import io.greenloop.waste.domain.TripTimes;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Judges a manifest's trip on the injected clock against the time its route needs
 * ({@link TripTimes}), with the settings {@code greenloop.waste.trip.*} (average speed,
 * rests, handling, factor, minimum excess) and the fixed
 * {@code greenloop.waste.transfer.max-trip-hours} for trips without a route.
 */
@Component
class TripClock {

	private final TripTimes times;

	private final Clock clock;

	TripClock(Clock clock, @Value("${greenloop.waste.trip.average-speed-kmh:50}") BigDecimal speed,
			@Value("${greenloop.waste.trip.rest-minutes:20}") int restMinutes,
			@Value("${greenloop.waste.trip.rest-after-driving-hours:4}") int restAfter,
			@Value("${greenloop.waste.trip.handling-hours-per-leg:2}") BigDecimal handling,
			@Value("${greenloop.waste.trip.factor:2}") BigDecimal factor,
			@Value("${greenloop.waste.trip.min-excess-hours:6}") BigDecimal minExcess,
			@Value("${greenloop.waste.transfer.max-trip-hours:48}") int fixedMaxHours) {
		this.clock = clock;
		this.times = new TripTimes(speed, restMinutes, restAfter, handling, factor, minExcess, fixedMaxHours);
	}

	TripTimes times() {
		return this.times;
	}

	/**
	 * The trip from the first pick-up to delivery, or to now while the waste is on the
	 * road (picked up, not delivered).
	 */
	TripAssessment assess(List<BigDecimal> legDistances, OffsetDateTime pickedUpAt, OffsetDateTime deliveredAt) {
		boolean running = pickedUpAt != null && deliveredAt == null;
		Duration actual = null;
		if (pickedUpAt != null) {
			Instant end = running ? this.clock.instant() : deliveredAt.toInstant();
			actual = Duration.between(pickedUpAt.toInstant(), end);
		}
		return this.times.assess(legDistances, actual, running);
	}

	TripView view(List<CarrierRow> carriers, OffsetDateTime deliveredAt) {
		OffsetDateTime pickedUp = carriers.isEmpty() ? null : carriers.get(0).pickedUpAt();
		TripAssessment a = assess(carriers.stream().map(CarrierRow::distanceKm).toList(), pickedUp, deliveredAt);
		return new TripView(a.rule().name(), a.distanceKm(), TripAssessment.hours(a.expected()),
				TripAssessment.hours(a.limit()), TripAssessment.hours(a.actual()), a.running(), a.over());
	}

}
