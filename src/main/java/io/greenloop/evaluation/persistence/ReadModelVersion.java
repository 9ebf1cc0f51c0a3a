package io.greenloop.evaluation.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The version of evaluation's read model (the results and the warnings), raised by every
 * transaction that changes it, so that what is read from it can be kept until it moves:
 * in the database, so that every instance of the application sharing it sees the same.
 */
@Repository
public class ReadModelVersion {

	private final JdbcClient jdbc;

	public ReadModelVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("SELECT version FROM evaluation.read_model").query(Long.class).single();
	}

	void raise() {
		this.jdbc.sql("UPDATE evaluation.read_model SET version = version + 1").update();
	}

}
