package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cross-province transfer applications and approvals ({@code waste.transfer_approval}).
 */
@Repository
public class TransferApprovalRepository {

	private static final String SELECT = """
			SELECT a.id, a.sender_enterprise_id, se.name AS sender_name, a.sender_site_id, s.region_code AS site_region,
			    a.origin_province, a.receiver_enterprise_id, re.name AS receiver_name, re.region_code AS receiver_region,
			    a.receiver_licence_id, l.number AS licence_number, l.valid_to AS licence_valid_to,
			    a.destination_province, a.waste_code, a.quantity_t, a.method, a.period_from, a.period_to, a.state,
			    a.submitted_on, a.accepted_on, a.origin_reviewed_on, a.destination_replied_on, a.decided_on,
			    a.valid_from, a.valid_to, a.reason, a.created_by
			FROM waste.transfer_approval a
			JOIN waste.enterprise se ON se.id = a.sender_enterprise_id
			JOIN waste.site s ON s.id = a.sender_site_id
			JOIN waste.enterprise re ON re.id = a.receiver_enterprise_id
			JOIN waste.licence l ON l.id = a.receiver_licence_id
			""";

	private final JdbcClient jdbc;

	public TransferApprovalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ApprovalRow(long id, long senderEnterpriseId, String senderName, long senderSiteId, String siteRegion,
			String originProvince, long receiverEnterpriseId, String receiverName, String receiverRegion,
			long receiverLicenceId, String licenceNumber, LocalDate licenceValidTo, String destinationProvince,
			String wasteCode, BigDecimal quantityT, String method, LocalDate periodFrom, LocalDate periodTo,
			String state, LocalDate submittedOn, LocalDate acceptedOn, LocalDate originReviewedOn,
			LocalDate destinationRepliedOn, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo, String reason,
			String createdBy) {
	}

	public long insert(long sender, long site, String originProvince, long receiver, long licence,
			String destinationProvince, String wasteCode, BigDecimal quantity, String method, LocalDate from,
			LocalDate to, LocalDate submittedOn, String by) {
		return this.jdbc.sql("""
				INSERT INTO waste.transfer_approval (sender_enterprise_id, sender_site_id, origin_province,
				    receiver_enterprise_id, receiver_licence_id, destination_province, waste_code, quantity_t, method,
				    period_from, period_to, state, submitted_on, created_by)
				VALUES (:sender, :site, :origin, :receiver, :licence, :destination, :code, :quantity, :method, :from,
				    :to, 'SUBMITTED', :submitted, :by)
				RETURNING id""")
			.param("sender", sender)
			.param("site", site)
			.param("origin", originProvince)
			.param("receiver", receiver)
			.param("licence", licence)
			.param("destination", destinationProvince)
			.param("code", wasteCode)
			.param("quantity", quantity)
			.param("method", method)
			.param("from", from)
			.param("to", to)
			.param("submitted", submittedOn)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public Optional<ApprovalRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(ApprovalRow.class).optional();
	}

	public Optional<ApprovalRow> lockAndFind(long id) {
		this.jdbc.sql("SELECT id FROM waste.transfer_approval WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query()
			.listOfRows();
		return find(id);
	}

	public List<ApprovalRow> all() {
		return this.jdbc.sql(SELECT + " ORDER BY a.id DESC LIMIT 1000").query(ApprovalRow.class).list();
	}

	/**
	 * Moves the application to the state, setting one of its step days (by column name).
	 */
	public void step(long id, String state, String dayColumn, LocalDate day, String reason) {
		if (!List.of("accepted_on", "origin_reviewed_on", "destination_replied_on", "decided_on").contains(dayColumn)) {
			throw new IllegalArgumentException(dayColumn);
		}
		this.jdbc.sql("""
				UPDATE waste.transfer_approval SET state = :state,
				    accepted_on = CASE WHEN :column = 'accepted_on' THEN :day ELSE accepted_on END,
				    origin_reviewed_on = CASE WHEN :column = 'origin_reviewed_on' THEN :day ELSE origin_reviewed_on END,
				    destination_replied_on = CASE WHEN :column = 'destination_replied_on' THEN :day
				                                  ELSE destination_replied_on END,
				    decided_on = CASE WHEN :column = 'decided_on' THEN :day ELSE decided_on END,
				    reason = COALESCE(:reason, reason)
				WHERE id = :id""")
			.param("id", id)
			.param("state", state)
			.param("column", dayColumn)
			.param("day", day)
			.param("reason", reason)
			.update();
	}

	public void setAccepted(long id, LocalDate acceptedOn) {
		this.jdbc.sql("UPDATE waste.transfer_approval SET accepted_on = :day WHERE id = :id")
			.param("id", id)
			.param("day", acceptedOn)
			.update();
	}

	public void approve(long id, LocalDate decidedOn, LocalDate from, LocalDate to) {
		this.jdbc.sql("""
				UPDATE waste.transfer_approval SET state = 'APPROVED', decided_on = :decided, valid_from = :from,
				    valid_to = :to WHERE id = :id""")
			.param("id", id)
			.param("decided", decidedOn)
			.param("from", from)
			.param("to", to)
			.update();
	}

	/**
	 * The quantity issued under the approval: manifests past their draft and not
	 * rejected, leaving one out (第二十八条第一项).
	 */
	public BigDecimal used(long approvalId, long exceptManifest) {
		return this.jdbc.sql("""
				SELECT COALESCE(sum(quantity_t), 0) FROM waste.manifest
				WHERE approval_id = :approval AND id <> :except AND state NOT IN ('DRAFT', 'PAPER', 'REJECTED')""")
			.param("approval", approvalId)
			.param("except", exceptManifest)
			.query(BigDecimal.class)
			.single();
	}

}
