package io.greenloop.evaluation.persistence;

import java.util.Collection;

import io.greenloop.evaluation.persistence.ResultRepository.Key;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of evaluation's tables kept by target and region. */
final class KeyedRows {

	private KeyedRows() {
	}

	/**
	 * Deletes the rows of the targets in the regions given from one of evaluation's
	 * tables (a name of ours, never a user's).
	 */
	static void delete(JdbcClient jdbc, String table, Collection<Key> keys) {
		if (keys.isEmpty()) {
			return;
		}
		jdbc.sql("""
				DELETE FROM %s t
				USING unnest(CAST(:targets AS text[]), CAST(:regions AS text[])) AS k (target_code, region_code)
				WHERE t.target_code = k.target_code AND t.region_code = k.region_code
				""".formatted(table))
			.param("targets", keys.stream().map(Key::targetCode).toArray(String[]::new))
			.param("regions", keys.stream().map(Key::regionCode).toArray(String[]::new))
			.update();
	}

}
