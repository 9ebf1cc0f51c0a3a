package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Voided ledger records ({@code waste.ledger_void}): a record moved out of the ledger
 * whole, with who voided it, when and why, and what may stop a record from being voided.
 */
@Repository
public class LedgerVoidRepository {

	private final JdbcClient jdbc;

	public LedgerVoidRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A voided record: the fields shown, and the whole record as it was (a JSON object
	 * with the ledger table's column names).
	 */
	public record VoidRow(long id, long recordId, long siteId, String stage, String batchCode, String wasteCode,
			BigDecimal quantityT, Instant occurredAt, String reason, String voidedBy, Instant voidedAt,
			@JsonRawValue String record) {
	}

	/** The site's record, locked until the transaction ends. */
	public Optional<LedgerRow> lockRecord(long siteId, long recordId) {
		return this.jdbc.sql("SELECT * FROM waste.ledger_record WHERE id = :id AND site_id = :site FOR UPDATE")
			.param("id", recordId)
			.param("site", siteId)
			.query(LedgerRepository::row)
			.optional();
	}

	/** The batch codes of the site's records that take from the batch. */
	public List<String> takers(long siteId, String stage, String batchCode) {
		return this.jdbc.sql("""
				SELECT batch_code FROM waste.ledger_record
				WHERE site_id = :site AND source_stage = :stage AND source_batch_code = :batch ORDER BY id""")
			.param("site", siteId)
			.param("stage", stage)
			.param("batch", batchCode)
			.query(String.class)
			.list();
	}

	/**
	 * The numbers of the manifests (or ids, for drafts) that wrote the record, or that
	 * name its batch as what they carry.
	 */
	public List<String> manifests(long recordId, long siteId, String stage, String batchCode) {
		return this.jdbc.sql("""
				SELECT coalesce(m.number, '#' || m.id) FROM waste.manifest_ledger l
				JOIN waste.manifest m ON m.id = l.manifest_id
				WHERE l.sender_record_id = :id OR l.receiver_record_id = :id
				   OR (m.sender_site_id = :site AND l.source_stage = :stage AND l.source_batch_code = :batch)
				ORDER BY m.id""")
			.param("id", recordId)
			.param("site", siteId)
			.param("stage", stage)
			.param("batch", batchCode)
			.query(String.class)
			.list();
	}

	/** Moves the record out of the ledger into the voided records; the void's id. */
	public long voidRecord(long recordId, String reason, String user, Instant at) {
		long id = this.jdbc.sql("""
				INSERT INTO waste.ledger_void (record_id, site_id, record, reason, voided_by, voided_at)
				SELECT r.id, r.site_id, to_jsonb(r) - 'idempotency_key', :reason, :user, :at
				FROM waste.ledger_record r WHERE r.id = :id
				RETURNING id""")
			.param("id", recordId)
			.param("reason", reason)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		this.jdbc.sql("DELETE FROM waste.ledger_record WHERE id = :id").param("id", recordId).update();
		return id;
	}

	public Optional<VoidRow> find(long id) {
		return this.jdbc.sql("SELECT * FROM waste.ledger_void_row WHERE id = :id")
			.param("id", id)
			.query(LedgerVoidRepository::row)
			.optional();
	}

	/** Of the record ids, those voided. */
	public List<Long> voided(Collection<Long> recordIds) {
		return this.jdbc.sql("SELECT record_id FROM waste.ledger_void WHERE record_id = ANY(:ids) ORDER BY record_id")
			.param("ids", recordIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The site's voided records, the latest first, at most {@code limit}. */
	public List<VoidRow> ofSite(long siteId, int limit) {
		return this.jdbc.sql("SELECT * FROM waste.ledger_void_row WHERE site_id = :site ORDER BY id DESC LIMIT :limit")
			.param("site", siteId)
			.param("limit", limit)
			.query(LedgerVoidRepository::row)
			.list();
	}

	/**
	 * Voids after the cursor (an id), in the order made, of the enterprises given (null:
	 * any) registered in regions starting with the prefix (null: any).
	 */
	public List<VoidRow> since(long id, int limit, Collection<Long> enterprises, String regionPrefix) {
		return LedgerRepository
			.visible(this.jdbc.sql("""
					SELECT v.* FROM waste.ledger_void_row v JOIN waste.site s ON s.id = v.site_id
					JOIN waste.enterprise e ON e.id = s.enterprise_id
					WHERE v.id > :id AND """ + LedgerRepository.VISIBLE + " ORDER BY v.id LIMIT :limit"), enterprises,
					regionPrefix)
			.param("id", id)
			.param("limit", limit)
			.query(LedgerVoidRepository::row)
			.list();
	}

	private static VoidRow row(ResultSet rs, int n) throws SQLException {
		return new VoidRow(rs.getLong("id"), rs.getLong("record_id"), rs.getLong("site_id"), rs.getString("stage"),
				rs.getString("batch_code"), rs.getString("waste_code"), rs.getBigDecimal("quantity_t"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
				rs.getString("voided_by"), rs.getObject("voided_at", OffsetDateTime.class).toInstant(),
				rs.getString("record"));
	}

}
