package io.greenloop.reporting.seed;

import java.util.List;

import io.greenloop.reporting.events.DemoValuesRemoved;
import io.greenloop.reporting.events.DemoValuesRemoved.RemovedValue;
import io.greenloop.reporting.persistence.DemoValueRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counterpart of {@link DemoValues}: whenever Greenloop starts outside the demo
 * profile (or with {@code prod}), every demonstration value is removed with its history,
 * and {@link DemoValuesRemoved} tells the modules that keep copies to drop theirs, in the
 * same transaction. A database that once ran the demo goes into production with real
 * values only.
 */
@Component
@Profile("!demo | prod")
@Order(350)
class DemoValuesRemoval implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoValuesRemoval.class);

	private final DemoValueRepository demo;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	DemoValuesRemoval(DemoValueRepository demo, ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.demo = demo;
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<RemovedValue> removed = this.transaction.execute(status -> {
			List<RemovedValue> values = this.demo.removeAll();
			if (!values.isEmpty()) {
				this.events.publishEvent(new DemoValuesRemoved(values));
			}
			return values;
		});
		if (!removed.isEmpty()) {
			log.warn("Removed {} demonstration values (started without the demo profile)", removed.size());
		}
	}

}
