package io.greenloop;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the seed plans twice neither duplicates nor fails. */
@GreenloopTest
class SeedLoadingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ApplicationRunner> seeds;

	@Test
	void loadingAgainChangesNothing() throws Exception {
		Map<String, Object> before = snapshot();
		for (ApplicationRunner seed : this.seeds) {
			seed.run(new DefaultApplicationArguments());
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private Map<String, Object> snapshot() {
		return Map.of("regions", count("region.region"), "organisations",
				this.jdbc.sql("SELECT string_agg(id || name, ',' ORDER BY id) FROM region.organisation")
					.query(String.class)
					.single(),
				"plans", count("plan.plan"), "concepts", count("plan.concept"), "targets", count("plan.target"),
				"responsibilities", count("plan.target_organisation"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
