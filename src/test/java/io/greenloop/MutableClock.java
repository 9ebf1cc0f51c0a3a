package io.greenloop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The tests' clock: fixed at one instant until a test moves it (to let a deadline pass),
 * and set back by that test when it is done. No test sleeps.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** Moves the clock to the instant. */
	public void set(Instant instant) {
		this.now = instant;
	}

	/** Sets the clock back to the tests' usual moment. */
	public void reset() {
		this.now = TestClock.NOW;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
