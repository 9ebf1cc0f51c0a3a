package io.greenloop.identity;

import java.util.List;
import java.util.Set;

import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demonstration accounts, one per role for Hohhot and Ordos, plus the reviewers above and
 * below them that a full approval chain needs (the autonomous region's 生态环境厅, and 赛罕区 as
 * a county), and Hohhot's 市“无废办”, which leads and dispatches the 无废城市 tasks and reports
 * its projects. They exist only in the {@code demo} profile (the default for
 * {@code ./mvnw spring-boot:run}) and never with {@code prod}. All share the password
 * {@code greenloop.demo.password}. A start without the demo profile disables them
 * ({@link DemoAccountsDisabled}).
 */
@Component
@Profile("demo & !prod")
@Order(310)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	private final Organisations organisations;

	private final String password;

	DemoAccounts(Accounts accounts, Organisations organisations,
			@Value("${greenloop.demo.password:demo1234}") String password) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		Organisation hohhotBureau = department("150100", "市生态环境局");
		Organisation ordosBureau = department("150600", "市生态环境局");
		List<Demo> demos = List.of(new Demo("hohhot-reporter", "呼和浩特市生态环境局 填报员", hohhotBureau, Role.REPORTER),
				new Demo("hohhot-reviewer", "呼和浩特市生态环境局 审核员", hohhotBureau, Role.REVIEWER),
				new Demo("hohhot-leader", "呼和浩特市 领导", government("150100"), Role.LEADER),
				new Demo("ordos-reporter", "鄂尔多斯市生态环境局 填报员", ordosBureau, Role.REPORTER),
				new Demo("ordos-reviewer", "鄂尔多斯市生态环境局 审核员", ordosBureau, Role.REVIEWER),
				new Demo("ordos-leader", "鄂尔多斯市 领导", government("150600"), Role.LEADER),
				new Demo("region-reviewer", "自治区生态环境厅 审核员", department("150000", "自治区生态环境厅"), Role.REVIEWER),
				new Demo("saihan-reporter", "赛罕区 填报员", government("150105"), Role.REPORTER),
				new Demo("saihan-reviewer", "赛罕区 审核员", government("150105"), Role.REVIEWER),
				new Demo("hohhot-zerowaste", "呼和浩特市“无废办” 督查员", department("150100", "市“无废办”"), Role.REPORTER,
						Role.REVIEWER));
		int created = 0;
		for (Demo demo : demos) {
			if (this.accounts.ensure(demo.username(), demo.name(), this.password, demo.organisation(), demo.roles(),
					true)) {
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demonstration accounts (demo profile): {} - password '{}'", created,
					demos.stream().map(Demo::username).toList(), this.password);
		}
	}

	private Organisation department(String region, String name) {
		return this.organisations.findOrRegister(RegionCode.of(region), name, "demo");
	}

	private Organisation government(String region) {
		return this.organisations.governmentOf(RegionCode.of(region));
	}

	private record Demo(String username, String name, Organisation organisation, Set<Role> roles) {

		Demo(String username, String name, Organisation organisation, Role... roles) {
			this(username, name, organisation, Set.of(roles));
		}

	}

}
