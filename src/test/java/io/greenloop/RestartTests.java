package io.greenloop;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data in its data directory: a second start finds the
 * first start's data, loads the seeds again without duplicating them, and keeps what
 * users added.
 */
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aRestartKeepsTheData() {
		long targets;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			targets = jdbc.sql("SELECT count(*) FROM plan.target").query(Long.class).single();
			jdbc.sql(
					"INSERT INTO region.organisation (region_code, name, kind) VALUES ('150100', '重启测试单位', 'DEPARTMENT')")
				.update();
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM plan.target").query(Long.class).single()).isEqualTo(targets);
			assertThat(jdbc.sql("SELECT count(*) FROM region.organisation WHERE name = '重启测试单位'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM region.region").query(Long.class).single()).isEqualTo(116);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(GreenloopApplication.class).run("--server.port=0",
				"--greenloop.database.data-dir=" + this.dataDir.resolve("pgdata"));
	}

}
