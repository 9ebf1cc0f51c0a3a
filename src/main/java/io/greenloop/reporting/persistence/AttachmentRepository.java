package io.greenloop.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.AttachmentView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files attached to submitted values, content included, in
 * {@code reporting.attachment}. Lists never read the content; only a download does.
 */
@Repository
public class AttachmentRepository {

	private static final String COLUMNS = """
			SELECT id, submission_id, item_code, file_name, content_type, size, uploaded_by, uploaded_at
			FROM reporting.attachment
			""";

	private final JdbcClient jdbc;

	public AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long submissionId, String itemCode, String fileName, String contentType, byte[] content,
			String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO reporting.attachment (submission_id, item_code, file_name, content_type, size, content,
				    uploaded_by, uploaded_at)
				VALUES (:submission, :item, :name, :type, :size, :content, :by, :at)
				RETURNING id
				""")
			.param("submission", submissionId)
			.param("item", itemCode)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", content.length)
			.param("content", content)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** A submission's attachments, in the order they were uploaded. */
	public List<AttachmentView> findBySubmission(long submissionId) {
		return this.jdbc.sql(COLUMNS + " WHERE submission_id = :submission ORDER BY id")
			.param("submission", submissionId)
			.query(AttachmentRepository::view)
			.list();
	}

	public Optional<StoredAttachment> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredAttachment(rs.getLong("submission_id"), view(rs, row)))
			.optional();
	}

	public byte[] content(long id) {
		return this.jdbc.sql("SELECT content FROM reporting.attachment WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	/** How many files are attached to one value. */
	public int count(long submissionId, String itemCode) {
		return this.jdbc
			.sql("SELECT count(*) FROM reporting.attachment WHERE submission_id = :submission AND item_code = :item")
			.param("submission", submissionId)
			.param("item", itemCode)
			.query(Integer.class)
			.single();
	}

	public void delete(long id) {
		this.jdbc.sql("DELETE FROM reporting.attachment WHERE id = :id").param("id", id).update();
	}

	private static AttachmentView view(ResultSet rs, int row) throws SQLException {
		return new AttachmentView(rs.getLong("id"), rs.getString("item_code"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * An attachment and the submission it belongs to.
	 *
	 * @param submissionId the submission
	 * @param attachment the attachment
	 */
	public record StoredAttachment(long submissionId, AttachmentView attachment) {
	}

}
