package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the parties of a transfer manifest ask for. */
public final class ManifestCommands {

	private ManifestCommands() {
	}

	/**
	 * A new manifest drafted by the 移出人 (第十条第四项): its site, the receiver's licence, the
	 * 托运人 (the sender or the receiver, 第三十一条; the sender when not given), one waste
	 * (第十六条), the carriers in order with their vehicles. A paper manifest (第二十条) gives
	 * the day the transfer was completed and is back-filled through the same steps. A
	 * cross-province transfer names its approval (第二十七条).
	 */
	public record DraftManifest(Long senderSiteId, Long receiverLicenceId, Long consignorEnterpriseId, String wasteCode,
			String wasteName, String hazard, String form, String packaging, Integer packageCount,
			BigDecimal quantityTonnes, String emergencyMeasures, LocalDate plannedOn, List<CarrierLeg> carriers,
			Boolean paper, LocalDate completedOn, Long approvalId, String sourceBatchCode) {
	}

	/**
	 * A carrier (承运人) with its vehicle, where it takes over from the one before (第十七条),
	 * and optionally its leg's route distance (运输里程, km, above 0 and at most 5000) and
	 * planned route (途经地) (第十四条, 第十六条).
	 */
	public record CarrierLeg(Long carrierId, Long vehicleId, String handoverPlace, BigDecimal distanceKm,
			String route) {
	}

	/**
	 * A leg's route: its distance (运输里程, km, above 0 and at most 5000) and planned route
	 * (途经地, optional).
	 */
	public record GiveRoute(BigDecimal distanceKm, String route) {
	}

	/**
	 * A step at a moment (now when not given; earlier for a paper manifest's back-fill).
	 */
	public record StepMoment(Instant at) {
	}

	/**
	 * The receiver's check of the delivered waste (第十八条): the quantity and day received,
	 * and any difference (QUANTITY, TYPE, PACKAGING) from the manifest. Without a
	 * difference the receipt is confirmed at once.
	 */
	public record Receive(Instant at, LocalDate receivedOn, BigDecimal receivedQuantityTonnes,
			List<String> discrepancies, String note, String treatmentMethod) {
	}

	/**
	 * The receiver's decision on a difference: ACCEPT (with the received quantity) or
	 * REJECT.
	 */
	public record Decide(String decision, Instant at, String note) {
	}

	/** The treatment result (利用、处置结果, 第十二条第四项) that closes the manifest. */
	public record Close(String treatmentMethod, Instant at) {
	}

	/** A correction of a signed manifest: the fields to change and why. */
	public record ProposeCorrection(Map<String, Object> changes, String reason) {
	}

}
