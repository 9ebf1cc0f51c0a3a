package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where manifests and ledgers meet (一数一源). A manifest may name the ledger batch it
 * carries: a 出库 (or 产生) batch of the sending site with the same waste code (HJ 1259—2022
 * §6.3: the 委外利用/处置 record links the 产生/出库批次编码). When the receiver accepts the waste
 * (第十八条), two ledger records are written through the ledger's rules: the sender's 委外利用/处置
 * record (出厂时间: the first pick-up; the quantity on the manifest; 利用 or 处置 by the
 * receiver's method, R… or D…; the receiver's licence; the manifest's number) and the
 * receiver's 入库 record (the quantity it received, naming the manifest). The sent and
 * received quantities stay as they were: a difference shows in both ledgers and in the
 * alert queue. If the rules refuse a record (say, the batch was already used), the
 * receipt stands and the refusal is kept on the link for the parties to put right.
 */
@Service
public class ManifestLedger {

	private static final Logger log = LoggerFactory.getLogger(ManifestLedger.class);

	private final JdbcClient jdbc;

	private final Ledger ledger;

	ManifestLedger(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/** What the manifest carries and what was written for it. */
	public record Link(long manifestId, String sourceStage, String sourceBatchCode, Long senderRecordId,
			Long receiverRecordId, OffsetDateTime writtenAt, String refusal) {
	}

	/** The event of a receiver accepting a manifest's waste. */
	public record Accepted(long manifestId) {
	}

	/**
	 * Keeps the batch a new manifest carries, which must be a 出库 or 产生 batch of the site
	 * with the manifest's waste code.
	 */
	void link(long manifestId, long siteId, String wasteCode, String batchCode) {
		String batch = batchCode.strip();
		Optional<String> stage = this.jdbc.sql("""
				SELECT stage FROM waste.ledger_record
				WHERE site_id = :site AND batch_code = :batch AND waste_code = :code
				  AND stage IN ('STORED_OUT', 'GENERATED')
				ORDER BY stage = 'STORED_OUT' DESC LIMIT 1""")
			.param("site", siteId)
			.param("batch", batch)
			.param("code", wasteCode)
			.query(String.class)
			.optional();
		if (stage.isEmpty()) {
			throw new InvalidInputException("sourceBatchCode", "The sending site has no 出库 or 产生 batch " + batch
					+ " of " + wasteCode + " in its ledger (HJ 1259—2022 §6.3)");
		}
		this.jdbc.sql("""
				INSERT INTO waste.manifest_ledger (manifest_id, source_stage, source_batch_code)
				VALUES (:id, :stage, :batch)""")
			.param("id", manifestId)
			.param("stage", stage.get())
			.param("batch", batch)
			.update();
	}

	public Optional<Link> of(long manifestId) {
		return this.jdbc.sql("""
				SELECT l.*, (SELECT note FROM waste.manifest_event e WHERE e.manifest_id = l.manifest_id
				             AND e.action = 'LEDGER_REFUSED' ORDER BY e.id DESC LIMIT 1) AS refusal
				FROM waste.manifest_ledger l WHERE manifest_id = :id""")
			.param("id", manifestId)
			.query((rs, n) -> new Link(rs.getLong("manifest_id"), rs.getString("source_stage"),
					rs.getString("source_batch_code"), (Long) rs.getObject("sender_record_id"),
					(Long) rs.getObject("receiver_record_id"), rs.getObject("written_at", OffsetDateTime.class),
					rs.getString("refusal")))
			.optional();
	}

	/**
	 * Writes the two ledger records of an accepted manifest, after the receipt commits.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(Accepted event) {
		Optional<Link> link = of(event.manifestId());
		if (link.isEmpty() || link.get().writtenAt() != null) {
			return;
		}
		Accept m = this.jdbc
			.sql("""
					SELECT m.number, m.sender_site_id, m.waste_code, m.waste_name, m.quantity_t, m.received_quantity_t,
					       m.received_at, m.treatment_method, l.number AS licence, e.name AS receiver, m.receiver_enterprise_id,
					       (SELECT min(picked_up_at) FROM waste.manifest_carrier c WHERE c.manifest_id = m.id) AS picked_up,
					       (SELECT s.id FROM waste.site s WHERE s.enterprise_id = m.receiver_enterprise_id
					        ORDER BY s.id LIMIT 1) AS receiver_site
					FROM waste.manifest m JOIN waste.licence l ON l.id = m.receiver_licence_id
					JOIN waste.enterprise e ON e.id = m.receiver_enterprise_id WHERE m.id = :id""")
			.param("id", event.manifestId())
			.query(Accept.class)
			.single();
		String method = m.treatmentMethod() == null ? "" : m.treatmentMethod().strip().toUpperCase(Locale.ROOT);
		String treatment = method.startsWith("R") ? "UTILISATION" : method.startsWith("D") ? "DISPOSAL" : null;
		List<String> refusals = new ArrayList<>();
		Long sender = null;
		if (treatment == null) {
			refusals.add("no 利用/处置方式 (R… or D…) was given at receipt, so the sender records its 委外 record itself");
		}
		else {
			sender = write(m.senderSiteId(),
					new LedgerEntry("OFF_SITE", "WW" + m.number(),
							(m.pickedUp() != null ? m.pickedUp() : m.receivedAt()).toInstant().toString(), "HAZARDOUS",
							m.wasteCode(), m.wasteName(), m.quantityT(), null, null, null, null, treatment, method,
							null, "联单 " + m.number(), m.receiver(), link.get().sourceStage(),
							link.get().sourceBatchCode(), "危险废物经营单位", m.receiver(), m.licence(), m.number()),
					refusals);
		}
		Long receiver = null;
		if (m.receiverSite() == null) {
			refusals.add("the receiver has no site to keep its ledger");
		}
		else if (m.receivedQuantityT() != null && m.receivedQuantityT().signum() > 0) {
			receiver = write(m.receiverSite(),
					new LedgerEntry("STORED_IN", "RK" + m.number(), m.receivedAt().toInstant().toString(), "HAZARDOUS",
							m.wasteCode(), m.wasteName(), m.receivedQuantityT(), null, null, null, null, null, null,
							null, "联单 " + m.number(), null, null, null, null, null, null, m.number()),
					refusals);
		}
		this.jdbc.sql("""
				UPDATE waste.manifest_ledger SET sender_record_id = :sender, receiver_record_id = :receiver,
				    written_at = now() WHERE manifest_id = :id""")
			.param("sender", sender)
			.param("receiver", receiver)
			.param("id", event.manifestId())
			.update();
		if (!refusals.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO waste.manifest_event (manifest_id, at, action, state, by_user, note)
					SELECT id, now(), 'LEDGER_REFUSED', state, 'system', :note FROM waste.manifest WHERE id = :id""")
				.param("id", event.manifestId())
				.param("note", String.join("; ", refusals))
				.update();
		}
	}

	private Long write(long siteId, LedgerEntry entry, List<String> refusals) {
		try {
			return this.ledger.recordForManifest(siteId, entry);
		}
		catch (LedgerRejectedException | InvalidInputException ex) {
			log.info("Ledger record for manifest {} refused: {}", entry.manifestNumber(), ex.getMessage());
			refusals.add(ex.getMessage());
			return null;
		}
	}

	record Accept(String number, long senderSiteId, String wasteCode, String wasteName, BigDecimal quantityT,
			BigDecimal receivedQuantityT, OffsetDateTime receivedAt, String treatmentMethod, String licence,
			String receiver, long receiverEnterpriseId, OffsetDateTime pickedUp, Long receiverSite) {
	}

}
