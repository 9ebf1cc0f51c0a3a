package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger record that passed the rules, ready to be written to
 * {@code waste.ledger_record}.
 */
public record LedgerRecord(LedgerStage stage, String batchCode, Instant occurredAt, String wasteKind, String wasteCode,
		String wasteName, BigDecimal quantityT, String containerCode, String containerType, Integer containerCount,
		String facilityCode, String treatment, String method, Instant finishedAt, String handler, String destination,
		LedgerStage sourceStage, String sourceBatchCode, String receiverType, String receiverName,
		String receiverLicenceNumber, String manifestNumber) {

}
