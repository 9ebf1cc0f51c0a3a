package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.greenloop.waste.domain.TransferFinding;

/** What the manifest APIs and pages show. */
public final class ManifestViews {

	private ManifestViews() {
	}

	/** A manifest in a list. */
	public record ManifestSummary(long id, String number, String state, boolean paper, String senderName,
			String siteName, String receiverName, String wasteCode, String wasteName, BigDecimal quantityTonnes,
			BigDecimal receivedQuantityTonnes, LocalDate plannedOn, LocalDate dueOn, List<String> discrepancies) {
	}

	/** One manifest with its carriers, signatures, history and any open correction. */
	public record ManifestView(long id, String number, String state, int version, boolean paper, LocalDate completedOn,
			Party sender, long senderSiteId, String siteName, String originRegion, Party receiver,
			long receiverLicenceId, String licenceNumber, String destinationRegion, long consignorEnterpriseId,
			String wasteCode, String wasteName, String hazard, String form, String packaging, Integer packageCount,
			BigDecimal quantityTonnes, String emergencyMeasures, LocalDate plannedOn, Instant issuedAt,
			Instant deliveredAt, Instant receivedAt, LocalDate receivedOn, BigDecimal receivedQuantityTonnes,
			LocalDate dueOn, List<String> discrepancies, String discrepancyNote, String discrepancyDecision,
			String treatmentMethod, Instant closedAt, List<CarrierView> carriers, List<SignatureView> signatures,
			List<EventView> history, CorrectionView openCorrection, Long approvalId, TripView trip) {
	}

	public record Party(long enterpriseId, String name) {
	}

	public record CarrierView(int position, long carrierId, long enterpriseId, String name, String permitNumber,
			LocalDate permitValidTo, long vehicleId, String plate, String vehiclePermitNumber,
			LocalDate vehiclePermitValidTo, String handoverPlace, Instant pickedUpAt, String legFrom, String legTo,
			BigDecimal distanceKm, String route) {
	}

	/**
	 * The trip against the time its route needs: rule ROUTE (from the legs' distances) or
	 * FIXED (a leg without one), total distance (km), expected hours, the limit beyond
	 * which it is LONG, the actual hours from the first pick-up to delivery (or so far,
	 * while running), and whether it is over.
	 */
	public record TripView(String rule, BigDecimal distanceKm, BigDecimal expectedHours, BigDecimal limitHours,
			BigDecimal actualHours, boolean running, boolean over) {
	}

	/** A signature with the frozen copy (canonical JSON) it signed and its SHA-256. */
	public record SignatureView(int version, int position, String role, long enterpriseId, String name, String signedBy,
			Instant signedAt, String content, String contentSha256) {
	}

	public record EventView(Instant at, String action, String state, String by, String note) {
	}

	public record CorrectionView(long id, int fromVersion, long proposerEnterpriseId, String proposedBy,
			Instant proposedAt, Map<String, Object> changes, String reason, String state, List<Long> confirmedBy,
			List<Long> awaiting) {
	}

	/**
	 * The answer to a step: the manifest, and the checks' warnings (errors refuse the
	 * step).
	 */
	public record StepResult(ManifestView manifest, List<TransferFinding> errors, List<TransferFinding> warnings) {
	}

}
