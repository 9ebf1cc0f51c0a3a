package io.greenloop;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The tests' clock: 20 November 2025, 10:00 in Beijing, inside the plans' period, with
 * the fourth quarter of 2025 open for reporting. Tests that need another moment build
 * their own clock, or move this one ({@link MutableClock}) and set it back; none sleeps.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	public static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(NOW, ZoneId.of("Asia/Shanghai"));
	}

}
