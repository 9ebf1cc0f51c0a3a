package io.greenloop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the seed plans twice neither duplicates nor changes anything, row for row. */
@GreenloopTest
class SeedLoadingTests {

	static final Map<String, String> TABLES = Map.of("region.region", "code", "region.organisation", "id", "plan.plan",
			"code", "plan.concept", "code", "plan.target", "code", "plan.target_organisation",
			"target_code, organisation_id, role", "supervision.task", "code", "supervision.milestone",
			"task_code, position", "supervision.task_unit", "task_code, position", "supervision.project", "code");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ApplicationRunner> seeds;

	@Test
	void loadingAgainChangesNothing() throws Exception {
		Map<String, String> before = snapshot();
		assertThat(before.get("plan.target")).isNotEqualTo(snapshotOfEmptyTable());
		for (ApplicationRunner seed : this.seeds) {
			seed.run(new DefaultApplicationArguments());
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	/** Every row of every seeded table, hashed. */
	private Map<String, String> snapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		TABLES.forEach((table, key) -> snapshot.put(table,
				this.jdbc
					.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY %s), '')) FROM %s t"
						.formatted(key, table))
					.query(String.class)
					.single()));
		return snapshot;
	}

	private String snapshotOfEmptyTable() {
		return this.jdbc.sql("SELECT '0:' || md5('')").query(String.class).single();
	}

}
