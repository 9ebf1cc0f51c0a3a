package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regulator's queue of transfer anomalies ({@code waste.transfer_alert}). */
@Repository
public class TransferAlertRepository {

	private static final String SELECT = """
			SELECT a.id, a.manifest_id, m.number, a.kind, a.raised_on, a.detail, a.closed_by, a.closed_at,
			    m.origin_region, m.destination_region, se.name AS sender_name, re.name AS receiver_name
			FROM waste.transfer_alert a
			JOIN waste.manifest m ON m.id = a.manifest_id
			JOIN waste.enterprise se ON se.id = m.sender_enterprise_id
			JOIN waste.enterprise re ON re.id = m.receiver_enterprise_id
			""";

	private final JdbcClient jdbc;

	public TransferAlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record AlertRow(long id, long manifestId, String number, String kind, LocalDate raisedOn, String detail,
			String closedBy, OffsetDateTime closedAt, String originRegion, String destinationRegion, String senderName,
			String receiverName) {
	}

	/**
	 * Raises the alert unless the manifest already has one of the kind; whether it was
	 * new.
	 */
	public boolean raise(long manifestId, String kind, LocalDate on, String detail) {
		return this.jdbc.sql("""
				INSERT INTO waste.transfer_alert (manifest_id, kind, raised_on, detail)
				VALUES (:manifest, :kind, :on, :detail) ON CONFLICT (manifest_id, kind) DO NOTHING""")
			.param("manifest", manifestId)
			.param("kind", kind)
			.param("on", on)
			.param("detail", detail)
			.update() > 0;
	}

	/**
	 * The alerts whose manifest's origin or destination starts with the prefix, open
	 * first, newest first.
	 */
	public List<AlertRow> list(String regionPrefix, boolean openOnly) {
		return this.jdbc.sql(SELECT + """
				WHERE (m.origin_region LIKE :prefix || '%' OR m.destination_region LIKE :prefix || '%')
				  AND (NOT :openOnly OR a.closed_at IS NULL)
				ORDER BY a.closed_at IS NOT NULL, a.raised_on DESC, a.id DESC LIMIT 1000""")
			.param("prefix", regionPrefix)
			.param("openOnly", openOnly)
			.query(AlertRow.class)
			.list();
	}

	public Optional<AlertRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(AlertRow.class).optional();
	}

	public void close(long id, String by, Instant at) {
		this.jdbc.sql("UPDATE waste.transfer_alert SET closed_by = :by, closed_at = :at WHERE id = :id")
			.param("id", id)
			.param("by", by)
			.param("at", ManifestRepository.utc(at))
			.update();
	}

	/**
	 * Delivered or in-dispute electronic manifests whose confirmation day has passed
	 * (第十八条).
	 */
	public List<Candidate> unconfirmed(LocalDate today) {
		return this.jdbc.sql("""
				SELECT id, number, due_on, quantity_t, received_quantity_t FROM waste.manifest
				WHERE NOT paper AND state IN ('DELIVERED', 'DISCREPANCY') AND due_on < :today""")
			.param("today", today)
			.query(Candidate.class)
			.list();
	}

	/** Paper manifests not back-filled to receipt by their day (第二十条第二款). */
	public List<Candidate> backfillOverdue(LocalDate today) {
		return this.jdbc.sql("""
				SELECT id, number, due_on, quantity_t, received_quantity_t FROM waste.manifest
				WHERE paper AND state NOT IN ('RECEIVED', 'REJECTED', 'CLOSED') AND due_on < :today""")
			.param("today", today)
			.query(Candidate.class)
			.list();
	}

	/**
	 * Received manifests whose received quantity differs from the sent one by more than
	 * the share.
	 */
	public List<Candidate> weightDifferences(BigDecimal tolerance) {
		return this.jdbc.sql("""
				SELECT id, number, due_on, quantity_t, received_quantity_t FROM waste.manifest
				WHERE received_quantity_t IS NOT NULL AND state IN ('RECEIVED', 'CLOSED', 'DISCREPANCY')
				  AND abs(received_quantity_t - quantity_t) > quantity_t * :tolerance""")
			.param("tolerance", tolerance)
			.query(Candidate.class)
			.list();
	}

	/**
	 * Manifests on the road or delivered without a LONG_TRIP alert yet whose trip, from
	 * the first pick-up to delivery (or to now while in transit), took longer than the
	 * hours (the least any rule needs), with their legs' route distances in order.
	 */
	public List<Trip> tripsLongerThan(Instant now, BigDecimal hours) {
		return this.jdbc
			.sql("""
					SELECT m.id, m.number, p.picked_up_at, m.delivered_at,
					    (SELECT string_agg(COALESCE(CAST(l.distance_km AS text), '-'), ',' ORDER BY l.position)
					     FROM waste.manifest_carrier l WHERE l.manifest_id = m.id) AS distances
					FROM waste.manifest m
					JOIN waste.manifest_carrier p ON p.manifest_id = m.id AND p.position = 1
					WHERE p.picked_up_at IS NOT NULL AND m.state NOT IN ('DRAFT', 'PAPER', 'ISSUED')
					  AND COALESCE(m.delivered_at, :now) - p.picked_up_at > make_interval(mins => :minutes)
					  AND NOT EXISTS (SELECT 1 FROM waste.transfer_alert a WHERE a.manifest_id = m.id AND a.kind = 'LONG_TRIP')""")
			.param("now", ManifestRepository.utc(now))
			.param("minutes", hours.multiply(BigDecimal.valueOf(60)).intValue())
			.query(Trip.class)
			.list();
	}

	public record Candidate(long id, String number, LocalDate dueOn, BigDecimal quantityT,
			BigDecimal receivedQuantityT) {
	}

	/**
	 * A trip with its legs' distances in order, "-" where none was given (e.g.
	 * "120.0,-").
	 */
	public record Trip(long id, String number, OffsetDateTime pickedUpAt, OffsetDateTime deliveredAt,
			String distances) {

		public List<BigDecimal> legDistances() {
			return java.util.Arrays.stream(this.distances == null ? new String[0] : this.distances.split(","))
				.map(d -> "-".equals(d) ? null : new BigDecimal(d))
				.toList();
		}

	}

}
