package io.greenloop;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GreenloopTest
class GreenloopApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnARealPostgres() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
	}

	@Test
	void keepsEachModuleInItsOwnSchemaWithItsOwnMigrationHistory() {
		assertThat(this.jdbc.sql("SELECT schema_name FROM information_schema.schemata").query(String.class).list())
			.contains("region", "plan");
		assertThat(this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'flyway_schema_history%'")
			.query(String.class)
			.list()).contains("flyway_schema_history_region", "flyway_schema_history_plan");
	}

}
