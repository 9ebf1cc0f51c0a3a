package io.greenloop.identity;

import java.security.SecureRandom;
import java.util.Set;

import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator, {@code admin}, of the autonomous region's government. Its
 * password comes from {@code GREENLOOP_ADMIN_PASSWORD}
 * ({@code greenloop.admin.password}); without one a password is generated and printed
 * once, when the account is created. An existing admin is never touched.
 */
@Component
@Order(300)
class AdminBootstrap implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Accounts accounts;

	private final Organisations organisations;

	private final String configuredPassword;

	AdminBootstrap(Accounts accounts, Organisations organisations,
			@Value("${greenloop.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? generate() : this.configuredPassword;
		boolean created = this.accounts.ensure(USERNAME, "系统管理员", password,
				this.organisations.governmentOf(RegionCode.of("150000")), Set.of(Role.ADMIN), false);
		if (created && generated) {
			log.warn("Created the administrator '{}' with the generated password: {}  (shown once; set "
					+ "GREENLOOP_ADMIN_PASSWORD to choose it)", USERNAME, password);
		}
		else if (created) {
			log.info("Created the administrator '{}' with the password from GREENLOOP_ADMIN_PASSWORD", USERNAME);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
