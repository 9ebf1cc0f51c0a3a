package io.greenloop.evaluation.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.shared.CsvCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest of what each target's stored results in a region were computed from. Every
 * target and region with stored results has one, written with them.
 */
@Repository
public class InputDigestRepository {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public InputDigestRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public Map<Key, String> findAll() {
		Map<Key, String> digests = new HashMap<>();
		this.jdbc.sql("SELECT target_code, region_code, digest FROM evaluation.input_digest")
			.query((rs, row) -> digests.put(new Key(rs.getString(1), rs.getString(2)), rs.getString(3)))
			.list();
		return digests;
	}

	/** Replaces the digests of the targets and regions given. */
	public void save(Map<Key, String> digests) {
		if (digests.isEmpty()) {
			return;
		}
		delete(digests.keySet());
		CsvCopy.copyIn(this.dataSource, "COPY evaluation.input_digest FROM STDIN (FORMAT csv)",
				digests.entrySet()
					.stream()
					.map(e -> List.of(e.getKey().targetCode(), e.getKey().regionCode(), e.getValue()))
					.toList());
	}

	public void delete(Collection<Key> keys) {
		KeyedRows.delete(this.jdbc, "evaluation.input_digest", keys);
	}

}
