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
 * first start's data, loads the seeds again without duplicating them (nor the
 * demonstration values), and keeps what users added.
 */
class RestartTests {

	/** The demonstration values and their revisions. */
	static final String DEMO_VALUES = """
			SELECT (SELECT count(*) FROM reporting.approved_value_history WHERE source = 'DEMO')
			     + (SELECT count(*) FROM reporting.approved_value WHERE source = 'DEMO' AND revision = 1)
			""";

	@TempDir
	Path dataDir;

	@Test
	void aRestartKeepsTheData() {
		long targets;
		long demoValues;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			targets = jdbc.sql("SELECT count(*) FROM plan.target").query(Long.class).single();
			demoValues = jdbc.sql(DEMO_VALUES).query(Long.class).single();
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
			assertThat(jdbc.sql(DEMO_VALUES).query(Long.class).single()).as("the demonstration values are made once")
				.isEqualTo(demoValues)
				.isPositive();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(GreenloopApplication.class).run("--server.port=0",
				"--greenloop.database.data-dir=" + this.dataDir.resolve("pgdata"));
	}

}
