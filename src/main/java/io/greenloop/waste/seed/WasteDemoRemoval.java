package io.greenloop.waste.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The counterpart of {@link WasteDemoSeed}: whenever Greenloop starts outside the demo
 * profile (or with {@code prod}), every demonstration enterprise (演示数据) and all that
 * hangs off it is removed ({@link WasteDemoData#remove()}).
 */
@Component
@Profile("!demo | prod")
@Order(360)
class WasteDemoRemoval implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WasteDemoRemoval.class);

	private final WasteDemoData data;

	WasteDemoRemoval(WasteDemoData data) {
		this.data = data;
	}

	@Override
	public void run(ApplicationArguments args) {
		int removed = this.data.remove();
		if (removed > 0) {
			log.info("Removed the demonstration waste data (演示数据) of {} enterprises", removed);
		}
	}

}
