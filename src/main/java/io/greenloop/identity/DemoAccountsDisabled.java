package io.greenloop.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The counterpart of {@link DemoAccounts}: whenever Greenloop starts outside the demo
 * profile (or with {@code prod}), every demonstration account is disabled. Their
 * usernames and shared password are on the login page of every demo, so a database that
 * once ran the demo and then goes into production must not let them in.
 */
@Component
@Profile("!demo | prod")
@Order(310)
class DemoAccountsDisabled implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsDisabled.class);

	private final Accounts accounts;

	DemoAccountsDisabled(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> disabled = this.accounts.disableDemoAccounts();
		if (!disabled.isEmpty()) {
			log.warn("Disabled {} demonstration accounts (started without the demo profile): {}", disabled.size(),
					disabled);
		}
	}

}
