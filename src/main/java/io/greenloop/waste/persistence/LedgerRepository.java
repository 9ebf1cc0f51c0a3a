package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.greenloop.waste.domain.LedgerFacts;
import io.greenloop.waste.domain.LedgerRecord;
import io.greenloop.waste.domain.LedgerStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's records ({@code waste.ledger_record}) and what its rules read: a site's
 * facilities and batches, licences, and the idempotency keys of API requests.
 */
@Repository
public class LedgerRepository {

	private final JdbcClient jdbc;

	public LedgerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A site with its enterprise, whose region is the records' data scope. */
	public record SiteRow(long id, String name, long enterpriseId, String enterpriseName, String regionCode) {
	}

	/** A stored ledger record. */
	public record LedgerRow(long id, long siteId, String stage, String batchCode, Instant occurredAt, String wasteKind,
			String wasteCode, String wasteName, BigDecimal quantityT, String containerCode, String containerType,
			Integer containerCount, String facilityCode, String treatment, String method, Instant finishedAt,
			String handler, String destination, String sourceStage, String sourceBatchCode, String receiverType,
			String receiverName, String receiverLicenceNumber, String manifestNumber, String recordedBy,
			Instant recordedAt) {
	}

	/** A stored answer to a request made with an idempotency key. */
	public record StoredRequest(String requestHash, String response) {
	}

	public Optional<SiteRow> site(long siteId) {
		return site(siteId, "");
	}

	/**
	 * The site, locked until the transaction ends: ledger writes of one site run one at a
	 * time, so two requests never both take the last tonnes out of a batch.
	 */
	public Optional<SiteRow> lockSite(long siteId) {
		return site(siteId, " FOR UPDATE OF s");
	}

	private Optional<SiteRow> site(long siteId, String lock) {
		return this.jdbc.sql("""
				SELECT s.id, s.name, s.enterprise_id, e.name AS enterprise_name, e.region_code
				FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id WHERE s.id = :id""" + lock)
			.param("id", siteId)
			.query(SiteRow.class)
			.optional();
	}

	/** The site's facilities: code → kind. */
	public Map<String, String> facilities(long siteId) {
		Map<String, String> kinds = new HashMap<>();
		this.jdbc.sql("SELECT code, kind FROM waste.facility WHERE site_id = :site")
			.param("site", siteId)
			.query((ResultSet rs) -> {
				kinds.put(rs.getString("code"), rs.getString("kind"));
			});
		return kinds;
	}

	/**
	 * The site's batches with these codes at any stage, with what later records took out
	 * of each: stage|code → batch.
	 */
	public Map<String, LedgerFacts.Batch> batches(long siteId, Collection<String> codes) {
		Map<String, LedgerFacts.Batch> batches = new HashMap<>();
		if (codes.isEmpty()) {
			return batches;
		}
		this.jdbc.sql("""
				SELECT r.stage, r.batch_code, r.waste_code, r.quantity_t, r.occurred_at,
				    COALESCE((SELECT sum(c.quantity_t) FROM waste.ledger_record c WHERE c.site_id = r.site_id
				              AND c.source_stage = r.stage AND c.source_batch_code = r.batch_code), 0) AS taken_t
				FROM waste.ledger_record r WHERE r.site_id = :site AND r.batch_code = ANY(:codes)""")
			.param("site", siteId)
			.param("codes", codes.toArray(String[]::new))
			.query((ResultSet rs) -> {
				batches.put(rs.getString("stage") + "|" + rs.getString("batch_code"),
						new LedgerFacts.Batch(rs.getString("waste_code"), rs.getBigDecimal("quantity_t"),
								rs.getBigDecimal("taken_t"), rs.getTimestamp("occurred_at").toInstant()));
			});
		return batches;
	}

	/** The licences with these numbers. */
	public Map<String, LedgerFacts.Licence> licences(Collection<String> numbers) {
		Map<String, LedgerFacts.Licence> licences = new HashMap<>();
		if (numbers.isEmpty()) {
			return licences;
		}
		this.jdbc.sql("""
				SELECT l.number, l.valid_from, l.valid_to, l.activities,
				    ARRAY(SELECT trim(w.waste_code) FROM waste.licence_waste w WHERE w.licence_id = l.id) AS codes
				FROM waste.licence l WHERE l.number = ANY(:numbers)""")
			.param("numbers", numbers.toArray(String[]::new))
			.query((ResultSet rs) -> {
				licences.put(rs.getString("number"),
						new LedgerFacts.Licence(rs.getString("number"), rs.getObject("valid_from", LocalDate.class),
								rs.getObject("valid_to", LocalDate.class), strings(rs, "codes"),
								strings(rs, "activities")));
			});
		return licences;
	}

	/** Whether the enterprise holds a licence valid on the date. */
	public boolean holdsLicence(long enterpriseId, LocalDate date) {
		return this.jdbc.sql("""
				SELECT count(*) FROM waste.licence
				WHERE enterprise_id = :enterprise AND valid_from <= :date AND valid_to >= :date""")
			.param("enterprise", enterpriseId)
			.param("date", date)
			.query(Long.class)
			.single() > 0;
	}

	private static Set<String> strings(ResultSet rs, String column) throws SQLException {
		return new HashSet<>(Arrays.asList((String[]) rs.getArray(column).getArray()));
	}

	/** Writes the records; their ids in order. */
	public List<Long> insert(long siteId, List<LedgerRecord> records, String idempotencyKey, String user, Instant at) {
		List<Long> ids = new java.util.ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			LedgerRecord r = records.get(i);
			ids.add(this.jdbc.sql("""
					INSERT INTO waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
					    waste_name, quantity_t, container_code, container_type, container_count, facility_code,
					    treatment, method, finished_at, handler, destination, source_stage, source_batch_code,
					    receiver_type, receiver_name, receiver_licence_number, manifest_number, idempotency_key,
					    recorded_by, recorded_at)
					VALUES (:site, :stage, :batch, :occurred, :kind, :code, :name, :quantity, :containerCode,
					    :containerType, :containerCount, :facility, :treatment, :method, :finished, :handler,
					    :destination, :sourceStage, :sourceBatch, :receiverType, :receiverName, :licence, :manifest,
					    :key, :user, :at)
					RETURNING id""")
				.param("site", siteId)
				.param("stage", r.stage().name())
				.param("batch", r.batchCode())
				.param("occurred", Timestamp.from(r.occurredAt()))
				.param("kind", r.wasteKind())
				.param("code", r.wasteCode())
				.param("name", r.wasteName() == null ? r.wasteCode() : r.wasteName())
				.param("quantity", r.quantityT())
				.param("containerCode", r.containerCode())
				.param("containerType", r.containerType())
				.param("containerCount", r.containerCount())
				.param("facility", r.facilityCode())
				.param("treatment", r.treatment())
				.param("method", r.method())
				.param("finished", r.finishedAt() == null ? null : Timestamp.from(r.finishedAt()))
				.param("handler", r.handler())
				.param("destination", r.destination())
				.param("sourceStage", r.sourceStage() == null ? null : r.sourceStage().name())
				.param("sourceBatch", r.sourceBatchCode())
				.param("receiverType", r.receiverType())
				.param("receiverName", r.receiverName())
				.param("licence", r.receiverLicenceNumber())
				.param("manifest", r.manifestNumber())
				.param("key", idempotencyKey == null ? null : idempotencyKey + "#" + i)
				.param("user", user)
				.param("at", Timestamp.from(at))
				.query(Long.class)
				.single());
		}
		return ids;
	}

	/**
	 * A site's records, filtered by stage, code and a period from (inclusive) to
	 * (exclusive), each null for any, by time and id.
	 */
	public List<LedgerRow> list(long siteId, LedgerStage stage, String code, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM waste.ledger_record
				WHERE site_id = :site AND (CAST(:stage AS text) IS NULL OR stage = :stage)
				  AND (CAST(:code AS text) IS NULL OR waste_code = :code)
				  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
				  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
				ORDER BY occurred_at, id""")
			.param("site", siteId)
			.param("stage", stage == null ? null : stage.name())
			.param("code", code)
			.param("from", from == null ? null : Timestamp.from(from))
			.param("to", to == null ? null : Timestamp.from(to))
			.query(LedgerRepository::row)
			.list();
	}

	/**
	 * Records after the cursor (an id), in the order written, of the enterprises given
	 * (null: any) registered in regions starting with the prefix (null: any).
	 */
	public List<LedgerRow> since(long id, int limit, Collection<Long> enterprises, String regionPrefix) {
		return visible(this.jdbc.sql("""
				SELECT r.* FROM waste.ledger_record r JOIN waste.site s ON s.id = r.site_id
				JOIN waste.enterprise e ON e.id = s.enterprise_id
				WHERE r.id > :id AND """ + VISIBLE + " ORDER BY r.id LIMIT :limit"), enterprises, regionPrefix)
			.param("id", id)
			.param("limit", limit)
			.query(LedgerRepository::row)
			.list();
	}

	/**
	 * The condition on the enterprise {@code e} of a cursor's rows: one of the
	 * enterprises given, in a region starting with the prefix (each null: any); bound by
	 * {@link #visible}.
	 */
	static final String VISIBLE = """
			(CAST(:all AS boolean) OR e.id = ANY(:enterprises))
			AND (CAST(:prefix AS text) IS NULL OR e.region_code LIKE :prefix || '%')""";

	static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec statement, Collection<Long> enterprises,
			String regionPrefix) {
		return statement.param("all", enterprises == null)
			.param("enterprises", enterprises == null ? new Long[0] : enterprises.toArray(Long[]::new))
			.param("prefix", regionPrefix);
	}

	static LedgerRow row(ResultSet rs, int n) throws SQLException {
		return new LedgerRow(rs.getLong("id"), rs.getLong("site_id"), rs.getString("stage"), rs.getString("batch_code"),
				instant(rs, "occurred_at"), rs.getString("waste_kind"), rs.getString("waste_code"),
				rs.getString("waste_name"), rs.getBigDecimal("quantity_t"), rs.getString("container_code"),
				rs.getString("container_type"), rs.getObject("container_count", Integer.class),
				rs.getString("facility_code"), rs.getString("treatment"), rs.getString("method"),
				instant(rs, "finished_at"), rs.getString("handler"), rs.getString("destination"),
				rs.getString("source_stage"), rs.getString("source_batch_code"), rs.getString("receiver_type"),
				rs.getString("receiver_name"), rs.getString("receiver_licence_number"), rs.getString("manifest_number"),
				rs.getString("recorded_by"), instant(rs, "recorded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	/**
	 * A record found by a batch code, with its site and the site's enterprise and region.
	 */
	public record BatchHit(LedgerRow record, String siteName, long enterpriseId, String regionCode) {
	}

	/** The records of every site whose batch code, or source batch code, is the code. */
	public List<BatchHit> byBatchCode(String code) {
		return this.jdbc.sql("""
				SELECT r.*, s.name AS site_name, e.id AS enterprise_id, e.region_code
				FROM waste.ledger_record r JOIN waste.site s ON s.id = r.site_id
				JOIN waste.enterprise e ON e.id = s.enterprise_id
				WHERE r.batch_code = :code OR r.source_batch_code = :code
				ORDER BY r.site_id, r.occurred_at, r.id LIMIT 200""")
			.param("code", code)
			.query((rs, n) -> new BatchHit(row(rs, n), rs.getString("site_name"), rs.getLong("enterprise_id"),
					rs.getString("region_code")))
			.list();
	}

	public Optional<StoredRequest> request(long siteId, String key) {
		return this.jdbc.sql("""
				SELECT request_hash, response FROM waste.ledger_request
				WHERE site_id = :site AND idempotency_key = :key""")
			.param("site", siteId)
			.param("key", key)
			.query(StoredRequest.class)
			.optional();
	}

	public void saveRequest(long siteId, String key, String hash, String response, String user, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waste.ledger_request (site_id, idempotency_key, request_hash, response, recorded_by,
				    recorded_at) VALUES (:site, :key, :hash, :response, :user, :at)""")
			.param("site", siteId)
			.param("key", key)
			.param("hash", hash)
			.param("response", response)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update();
	}

}
