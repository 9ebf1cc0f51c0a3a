package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Transfer manifests with their carriers, signatures and history
 * ({@code waste.manifest*}).
 */
@Repository
public class ManifestRepository {

	private static final String SELECT = """
			SELECT m.id, m.number, m.state, m.version, m.paper, m.completed_on, m.sender_enterprise_id,
			    se.name AS sender_name, m.sender_site_id, s.name AS site_name, m.origin_region,
			    m.receiver_enterprise_id, re.name AS receiver_name, m.receiver_licence_id, l.number AS licence_number,
			    m.destination_region, m.consignor_enterprise_id, m.waste_code, m.waste_name, m.hazard, m.form,
			    m.packaging, m.package_count, m.quantity_t, m.emergency_measures, m.planned_on, m.issued_at,
			    m.delivered_at, m.received_at, m.received_on, m.received_quantity_t, m.due_on,
			    array_to_string(m.discrepancy_kinds, ',') AS discrepancy_kinds, m.discrepancy_note,
			    m.discrepancy_decision, m.treatment_method, m.closed_at, m.created_by, m.created_at, m.approval_id
			FROM waste.manifest m
			JOIN waste.enterprise se ON se.id = m.sender_enterprise_id
			JOIN waste.site s ON s.id = m.sender_site_id
			JOIN waste.enterprise re ON re.id = m.receiver_enterprise_id
			JOIN waste.licence l ON l.id = m.receiver_licence_id
			""";

	private final JdbcClient jdbc;

	public ManifestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A manifest with the names of its parties. */
	public record ManifestRow(long id, String number, String state, int version, boolean paper, LocalDate completedOn,
			long senderEnterpriseId, String senderName, long senderSiteId, String siteName, String originRegion,
			long receiverEnterpriseId, String receiverName, long receiverLicenceId, String licenceNumber,
			String destinationRegion, long consignorEnterpriseId, String wasteCode, String wasteName, String hazard,
			String form, String packaging, Integer packageCount, BigDecimal quantityT, String emergencyMeasures,
			LocalDate plannedOn, OffsetDateTime issuedAt, OffsetDateTime deliveredAt, OffsetDateTime receivedAt,
			LocalDate receivedOn, BigDecimal receivedQuantityT, LocalDate dueOn, String discrepancyKinds,
			String discrepancyNote, String discrepancyDecision, String treatmentMethod, OffsetDateTime closedAt,
			String createdBy, OffsetDateTime createdAt, Long approvalId) {
	}

	/** A carrier of a manifest in its place, with its vehicle and their permits. */
	public record CarrierRow(int position, long carrierId, long carrierEnterpriseId, String carrierName,
			String permitNumber, LocalDate permitValidTo, long vehicleId, String plate, String vehiclePermitNumber,
			LocalDate vehiclePermitValidTo, String handoverPlace, OffsetDateTime pickedUpAt, BigDecimal distanceKm,
			String route) {
	}

	public record SignatureRow(int version, int position, String role, long enterpriseId, String enterpriseName,
			String signedBy, OffsetDateTime signedAt, String content, String contentSha256) {
	}

	public record EventRow(OffsetDateTime at, String action, String state, String byUser, String note) {
	}

	/** What a new manifest holds. */
	public record NewManifest(String state, boolean paper, LocalDate completedOn, long senderEnterpriseId,
			long senderSiteId, String originRegion, long receiverEnterpriseId, long receiverLicenceId,
			String destinationRegion, long consignorEnterpriseId, String wasteCode, String wasteName, String hazard,
			String form, String packaging, Integer packageCount, BigDecimal quantityT, String emergencyMeasures,
			LocalDate plannedOn, LocalDate dueOn, String createdBy, Instant createdAt, Long approvalId) {
	}

	public long insert(NewManifest m) {
		return this.jdbc.sql("""
				INSERT INTO waste.manifest (state, paper, completed_on, sender_enterprise_id, sender_site_id,
				    origin_region, receiver_enterprise_id, receiver_licence_id, destination_region,
				    consignor_enterprise_id, waste_code, waste_name, hazard, form, packaging, package_count,
				    quantity_t, emergency_measures, planned_on, due_on, created_by, created_at, approval_id)
				VALUES (:state, :paper, :completedOn, :senderEnterpriseId, :senderSiteId, :originRegion,
				    :receiverEnterpriseId, :receiverLicenceId, :destinationRegion, :consignorEnterpriseId, :wasteCode,
				    :wasteName, :hazard, :form, :packaging, :packageCount, :quantityT, :emergencyMeasures, :plannedOn,
				    :dueOn, :createdBy, :at, :approvalId)
				RETURNING id""")
			.param("state", m.state())
			.param("paper", m.paper())
			.param("completedOn", m.completedOn())
			.param("senderEnterpriseId", m.senderEnterpriseId())
			.param("senderSiteId", m.senderSiteId())
			.param("originRegion", m.originRegion())
			.param("receiverEnterpriseId", m.receiverEnterpriseId())
			.param("receiverLicenceId", m.receiverLicenceId())
			.param("destinationRegion", m.destinationRegion())
			.param("consignorEnterpriseId", m.consignorEnterpriseId())
			.param("wasteCode", m.wasteCode())
			.param("wasteName", m.wasteName())
			.param("hazard", m.hazard())
			.param("form", m.form())
			.param("packaging", m.packaging())
			.param("packageCount", m.packageCount())
			.param("quantityT", m.quantityT())
			.param("emergencyMeasures", m.emergencyMeasures())
			.param("plannedOn", m.plannedOn())
			.param("dueOn", m.dueOn())
			.param("createdBy", m.createdBy())
			.param("approvalId", m.approvalId())
			.param("at", utc(m.createdAt()))
			.query(Long.class)
			.single();
	}

	public void insertCarrier(long manifestId, int position, long carrierId, long vehicleId, String handoverPlace,
			BigDecimal distanceKm, String route) {
		this.jdbc.sql("""
				INSERT INTO waste.manifest_carrier (manifest_id, position, carrier_id, vehicle_id, handover_place,
				    distance_km, route)
				VALUES (:id, :position, :carrier, :vehicle, :place, :distance, :route)""")
			.param("id", manifestId)
			.param("position", position)
			.param("carrier", carrierId)
			.param("vehicle", vehicleId)
			.param("place", handoverPlace)
			.param("distance", distanceKm)
			.param("route", route)
			.update();
	}

	/** Gives a leg's route distance (运输里程) and planned route (途经地). */
	public void giveRoute(long manifestId, int position, BigDecimal distanceKm, String route) {
		this.jdbc.sql("""
				UPDATE waste.manifest_carrier SET distance_km = :distance, route = :route
				WHERE manifest_id = :id AND position = :position""")
			.param("id", manifestId)
			.param("position", position)
			.param("distance", distanceKm)
			.param("route", route)
			.update();
	}

	public Optional<ManifestRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(ManifestRow.class).optional();
	}

	/** Locks the manifest's row for a step, so two steps never interleave. */
	public void lock(long id) {
		this.jdbc.sql("SELECT id FROM waste.manifest WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
	}

	/**
	 * Manifests a party or a region sees: those with one of the enterprises as a party,
	 * or (enterprises null) whose origin or destination starts with the region prefix (""
	 * for all); newest first.
	 */
	public List<ManifestRow> list(List<Long> enterprises, String regionPrefix, String state, int limit) {
		String where = enterprises != null ? """
				WHERE (m.sender_enterprise_id IN (:ids) OR m.receiver_enterprise_id IN (:ids)
				    OR EXISTS (SELECT 1 FROM waste.manifest_carrier mc JOIN waste.carrier c ON c.id = mc.carrier_id
				               WHERE mc.manifest_id = m.id AND c.enterprise_id IN (:ids)))"""
				: " WHERE (m.origin_region LIKE :prefix || '%' OR m.destination_region LIKE :prefix || '%')";
		if (enterprises != null && enterprises.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + where
					+ " AND (CAST(:state AS text) IS NULL OR m.state = :state) ORDER BY m.id DESC LIMIT :limit")
			.param("ids", enterprises == null ? List.of(0L) : enterprises)
			.param("prefix", regionPrefix == null ? "" : regionPrefix)
			.param("state", state)
			.param("limit", limit)
			.query(ManifestRow.class)
			.list();
	}

	public List<CarrierRow> carriers(long manifestId) {
		return this.jdbc
			.sql("""
					SELECT mc.position, mc.carrier_id, c.enterprise_id AS carrier_enterprise_id, e.name AS carrier_name,
					    c.permit_number, c.permit_valid_to, mc.vehicle_id, v.plate, v.permit_number AS vehicle_permit_number,
					    v.permit_valid_to AS vehicle_permit_valid_to, mc.handover_place, mc.picked_up_at,
					    mc.distance_km, mc.route
					FROM waste.manifest_carrier mc
					JOIN waste.carrier c ON c.id = mc.carrier_id
					JOIN waste.enterprise e ON e.id = c.enterprise_id
					JOIN waste.vehicle v ON v.id = mc.vehicle_id
					WHERE mc.manifest_id = :id ORDER BY mc.position""")
			.param("id", manifestId)
			.query(CarrierRow.class)
			.list();
	}

	public List<SignatureRow> signatures(long manifestId) {
		return this.jdbc.sql("""
				SELECT g.version, g.position, g.role, g.enterprise_id, e.name AS enterprise_name, g.signed_by,
				    g.signed_at, g.content, g.content_sha256
				FROM waste.manifest_signature g JOIN waste.enterprise e ON e.id = g.enterprise_id
				WHERE g.manifest_id = :id ORDER BY g.version, g.position""")
			.param("id", manifestId)
			.query(SignatureRow.class)
			.list();
	}

	public void insertSignature(long manifestId, int version, int position, String role, long enterpriseId, String by,
			Instant at, String content, String sha256) {
		this.jdbc.sql("""
				INSERT INTO waste.manifest_signature (manifest_id, version, position, role, enterprise_id, signed_by,
				    signed_at, content, content_sha256)
				VALUES (:id, :version, :position, :role, :enterprise, :by, :at, :content, :sha)""")
			.param("id", manifestId)
			.param("version", version)
			.param("position", position)
			.param("role", role)
			.param("enterprise", enterpriseId)
			.param("by", by)
			.param("at", utc(at))
			.param("content", content)
			.param("sha", sha256)
			.update();
	}

	public List<EventRow> events(long manifestId) {
		return this.jdbc.sql(
				"SELECT at, action, state, by_user, note FROM waste.manifest_event WHERE manifest_id = :id ORDER BY id")
			.param("id", manifestId)
			.query(EventRow.class)
			.list();
	}

	public void addEvent(long manifestId, Instant at, String action, String state, String by, String note) {
		this.jdbc.sql("""
				INSERT INTO waste.manifest_event (manifest_id, at, action, state, by_user, note)
				VALUES (:id, :at, :action, :state, :by, :note)""")
			.param("id", manifestId)
			.param("at", utc(at))
			.param("action", action)
			.param("state", state)
			.param("by", by)
			.param("note", note)
			.update();
	}

	/**
	 * The next serial of the prefecture and year (第十五条), taken atomically: concurrent
	 * callers wait on the row and each get their own.
	 */
	public int nextSerial(String prefecture, int year) {
		return this.jdbc.sql("""
				INSERT INTO waste.manifest_serial (prefecture, year, last) VALUES (:prefecture, :year, 1)
				ON CONFLICT (prefecture, year) DO UPDATE SET last = waste.manifest_serial.last + 1
				RETURNING last""").param("prefecture", prefecture).param("year", year).query(Integer.class).single();
	}

	public void issue(long id, String number, Instant at, LocalDate dueOn) {
		this.jdbc.sql("""
				UPDATE waste.manifest SET state = 'ISSUED', number = :number, issued_at = :at,
				    due_on = COALESCE(:due, due_on) WHERE id = :id""")
			.param("id", id)
			.param("number", number)
			.param("at", utc(at))
			.param("due", dueOn)
			.update();
	}

	public void pickUp(long id, int position, Instant at, String state) {
		this.jdbc.sql("UPDATE waste.manifest_carrier SET picked_up_at = :at WHERE manifest_id = :id AND position = :p")
			.param("id", id)
			.param("p", position)
			.param("at", utc(at))
			.update();
		setState(id, state);
	}

	public void deliver(long id, Instant at, LocalDate dueOn) {
		this.jdbc.sql("UPDATE waste.manifest SET state = 'DELIVERED', delivered_at = :at, due_on = :due WHERE id = :id")
			.param("id", id)
			.param("at", utc(at))
			.param("due", dueOn)
			.update();
	}

	/**
	 * Records what the receiver found: quantity, day, any difference it reported, and the
	 * state.
	 */
	public void receive(long id, String state, Instant at, LocalDate on, BigDecimal quantity, String kinds, String note,
			String decision, String method) {
		this.jdbc
			.sql("""
					UPDATE waste.manifest SET state = :state, received_at = :at, received_on = :on,
					    received_quantity_t = :quantity, discrepancy_kinds = string_to_array(CAST(:kinds AS text), ','), discrepancy_note = :note,
					    discrepancy_decision = :decision, treatment_method = COALESCE(:method, treatment_method)
					WHERE id = :id""")
			.param("id", id)
			.param("state", state)
			.param("at", utc(at))
			.param("on", on)
			.param("quantity", quantity)
			.param("kinds", kinds)
			.param("note", note)
			.param("decision", decision)
			.param("method", method)
			.update();
	}

	public void close(long id, Instant at, String method) {
		this.jdbc.sql(
				"UPDATE waste.manifest SET state = 'CLOSED', closed_at = :at, treatment_method = :method WHERE id = :id")
			.param("id", id)
			.param("at", utc(at))
			.param("method", method)
			.update();
	}

	public void setState(long id, String state) {
		this.jdbc.sql("UPDATE waste.manifest SET state = :state WHERE id = :id")
			.param("id", id)
			.param("state", state)
			.update();
	}

	/**
	 * The quantity the licence's holder has received under it in the year (RECEIVED and
	 * CLOSED manifests), leaving one manifest out.
	 */
	public BigDecimal receivedInYear(long licenceId, int year, long except) {
		return this.jdbc.sql("""
				SELECT COALESCE(sum(received_quantity_t), 0) FROM waste.manifest
				WHERE receiver_licence_id = :licence AND state IN ('RECEIVED', 'CLOSED') AND id <> :except
				  AND received_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)""")
			.param("licence", licenceId)
			.param("year", year)
			.param("except", except)
			.query(BigDecimal.class)
			.single();
	}

	/** Applies a confirmed correction as the next version (null: unchanged). */
	public void correct(long id, String wasteName, String hazard, String form, String packaging, Integer packageCount,
			BigDecimal quantity, String emergencyMeasures, BigDecimal receivedQuantity) {
		this.jdbc.sql("""
				UPDATE waste.manifest SET version = version + 1, waste_name = COALESCE(:wasteName, waste_name),
				    hazard = COALESCE(:hazard, hazard), form = COALESCE(:form, form),
				    packaging = COALESCE(:packaging, packaging), package_count = COALESCE(:packageCount, package_count),
				    quantity_t = COALESCE(:quantity, quantity_t),
				    emergency_measures = COALESCE(:emergencyMeasures, emergency_measures),
				    received_quantity_t = COALESCE(:receivedQuantity, received_quantity_t)
				WHERE id = :id""")
			.param("id", id)
			.param("wasteName", wasteName)
			.param("hazard", hazard)
			.param("form", form)
			.param("packaging", packaging)
			.param("packageCount", packageCount)
			.param("quantity", quantity)
			.param("emergencyMeasures", emergencyMeasures)
			.param("receivedQuantity", receivedQuantity)
			.update();
	}

	public static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
