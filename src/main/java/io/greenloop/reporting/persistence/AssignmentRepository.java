package io.greenloop.reporting.persistence;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which organisation reports which item, in {@code reporting.assignment}. */
@Repository
public class AssignmentRepository {

	private final JdbcClient jdbc;

	public AssignmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(String itemCode, long organisationId, String source) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.assignment (item_code, organisation_id, source) VALUES (:item, :organisation, :source)
					ON CONFLICT DO NOTHING
					""")
			.param("item", itemCode)
			.param("organisation", organisationId)
			.param("source", source)
			.update();
	}

	/** Removes every assignment from one source, such as the catalogue's. */
	public void removeAll(String source) {
		this.jdbc.sql("DELETE FROM reporting.assignment WHERE source = :source").param("source", source).update();
	}

	/** The items an organisation reports. */
	public Set<String> itemsOf(long organisationId) {
		return Set
			.copyOf(this.jdbc.sql("SELECT item_code FROM reporting.assignment WHERE organisation_id = :organisation")
				.param("organisation", organisationId)
				.query(String.class)
				.list());
	}

}
