package io.greenloop;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from an injected {@link Clock}, in China Standard Time: reporting windows,
 * deadlines and overdue rules read it, and tests set it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(CHINA);
	}

}
