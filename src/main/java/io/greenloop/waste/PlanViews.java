package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.greenloop.waste.domain.ManagementClass;

/** What the management plans answer. */
public final class PlanViews {

	private PlanViews() {
	}

	/**
	 * One version of a site's plan for a year.
	 *
	 * @param filingNumber our filing number (备案编号), see {@code docs/waste-registry.md}
	 * @param late first filed after 31 March of its year (HJ 1259 §5.2.2)
	 * @param latest whether it is the latest version of the year
	 */
	public record PlanView(long id, long siteId, String siteName, long enterpriseId, int year, int version,
			String filingNumber, ManagementClass managementClass, String reductionMeasures, String changeReason,
			String filedBy, OffsetDateTime filedAt, boolean late, boolean latest, List<PlanLineView> lines) {
	}

	/** A waste of a plan, with the receiver's licence number and holder. */
	public record PlanLineView(int line, String wasteCode, String wasteName, BigDecimal generationT,
			BigDecimal storageT, BigDecimal ownTreatmentT, String transferType, BigDecimal transferT,
			Long receiverLicenceId, String receiverLicenceNumber, String receiverName) {
	}

	/**
	 * Why a transfer does not match the sender's filed plan, in both languages.
	 *
	 * @param kind NOT_FILED (no plan for the year), CODE_ABSENT (the latest version does
	 * not list the code) or RECEIVER_DIFFERS (it names other receivers for the code)
	 */
	public record PlanMismatch(String kind, String zh, String en) {

		public static final String NOT_FILED = "NOT_FILED";

		public static final String CODE_ABSENT = "CODE_ABSENT";

		public static final String RECEIVER_DIFFERS = "RECEIVER_DIFFERS";

	}

}
