package io.greenloop.reporting.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workbook imports and their outcome; a refused one keeps its annotated copy for
 * download.
 */
@Repository
public class ImportAttemptRepository {

	private final JdbcClient jdbc;

	public ImportAttemptRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(UUID id, String kind, Long submissionId, String fileName, String by, Instant at, int rows,
			boolean accepted, String problemsJson, byte[] annotated) {
		this.jdbc
			.sql("""
					INSERT INTO reporting.import_attempt (id, kind, submission_id, file_name, by_username, at, rows, accepted,
					    problems, annotated)
					VALUES (:id, :kind, :submission, :file, :by, :at, :rows, :accepted, :problems, :annotated)
					""")
			.param("id", id)
			.param("kind", kind)
			.param("submission", submissionId)
			.param("file", fileName)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("rows", rows)
			.param("accepted", accepted)
			.param("problems", problemsJson)
			.param("annotated", annotated)
			.update();
	}

	/** The annotated copy of a refused import, for the person who made it. */
	public Optional<byte[]> annotated(UUID id, String by) {
		return this.jdbc.sql(
				"SELECT annotated FROM reporting.import_attempt WHERE id = :id AND by_username = :by AND annotated IS NOT NULL")
			.param("id", id)
			.param("by", by)
			.query(byte[].class)
			.optional();
	}

	public long nextValueImportNumber() {
		return this.jdbc.sql("SELECT nextval('reporting.value_import_seq')").query(Long.class).single();
	}

}
