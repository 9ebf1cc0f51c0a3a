package io.greenloop.identity;

import java.nio.file.Path;

import io.greenloop.GreenloopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demonstration accounts exist only in the demo profile: production has the administrator
 * and nobody else.
 */
class ProfileTests {

	@TempDir
	Path dataDir;

	@Test
	void productionHasNoDemonstrationAccounts() {
		try (ConfigurableApplicationContext production = new SpringApplicationBuilder(GreenloopApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--greenloop.database.data-dir=" + this.dataDir.resolve("pgdata"),
					"--greenloop.admin.password=production-secret")) {
			JdbcClient jdbc = production.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT username FROM identity.account").query(String.class).list())
				.containsExactly("admin");
			assertThat(jdbc.sql("SELECT count(*) FROM reporting.assignment WHERE source = 'DEMO'")
				.query(Long.class)
				.single()).isZero();
		}
	}

}
