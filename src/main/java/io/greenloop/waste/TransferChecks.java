package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.TransferApprovalRepository;
import io.greenloop.waste.persistence.TransferApprovalRepository.ApprovalRow;
import io.greenloop.waste.persistence.TransferPartyRepository;
import io.greenloop.waste.persistence.TransferPartyRepository.LicenceParty;

import org.springframework.stereotype.Component;

/**
 * The checks of a transfer at issue and at receipt, each a coded error (the step is
 * refused) or warning: the receiver's licence permits the code and is valid on the day
 * (第十条第一项, 第二十九条: no transfer to an unlicensed receiver); the receiver's received
 * quantity of the year stays within the licence's annual capacity; the carriers' and
 * vehicles' permits are valid (第十三条第三款); the 托运人 is the 移出人 or the 接受人 (第三十一条第五项); the
 * transfer matches the filed plan (第十四条).
 */
@Component
class TransferChecks {

	private final TransferPartyRepository parties;

	private final ManifestRepository manifests;

	private final TransferPlanCheck plans;

	private final TransferApprovalRepository approvals;

	TransferChecks(TransferPartyRepository parties, ManifestRepository manifests, TransferPlanCheck plans,
			TransferApprovalRepository approvals) {
		this.parties = parties;
		this.manifests = manifests;
		this.plans = plans;
		this.approvals = approvals;
	}

	/** The checks before the manifest is issued, on its planned day. */
	List<TransferFinding> atIssue(ManifestRow m, List<CarrierRow> carriers) {
		List<TransferFinding> findings = new ArrayList<>();
		LocalDate day = m.plannedOn();
		licence(m, day, m.quantityT(), findings);
		for (CarrierRow carrier : carriers) {
			if (carrier.permitValidTo().isBefore(day)) {
				findings.add(TransferFinding.error("CARRIER_PERMIT_EXPIRED", "Carrier " + carrier.position() + " ("
						+ carrier.carrierName() + "): its transport permit expired on " + carrier.permitValidTo()));
			}
			if (carrier.vehiclePermitValidTo().isBefore(day)) {
				findings.add(TransferFinding.error("VEHICLE_PERMIT_EXPIRED",
						"Vehicle " + carrier.plate() + ": its 道路运输证 expired on " + carrier.vehiclePermitValidTo()));
			}
		}
		if (m.consignorEnterpriseId() != m.senderEnterpriseId()
				&& m.consignorEnterpriseId() != m.receiverEnterpriseId()) {
			findings.add(TransferFinding.error("CONSIGNOR_NOT_PARTY", "The 托运人 must be the 移出人 or the 接受人 (第三十一条第五项)"));
		}
		findings.addAll(this.plans.check(m.senderSiteId(), m.wasteCode().strip(), day, m.receiverLicenceId()));
		if (!RegionCode.of(m.originRegion()).province().equals(RegionCode.of(m.destinationRegion()).province())) {
			crossProvince(m, day, findings);
		}
		return findings;
	}

	/**
	 * A cross-province transfer runs under an approval of its sender, site, receiver's
	 * licence and waste, valid on the day (第二十一条, 第二十七条), whose quantity the manifests
	 * issued under it do not exceed (第二十八条第一项).
	 */
	private void crossProvince(ManifestRow m, LocalDate day, List<TransferFinding> findings) {
		if (m.approvalId() == null) {
			findings.add(TransferFinding.error("CROSS_PROVINCE_NO_APPROVAL",
					"A cross-province transfer needs the origin province's approval (第二十一条)"));
			return;
		}
		ApprovalRow a = this.approvals.lockAndFind(m.approvalId()).orElseThrow();
		if (!"APPROVED".equals(a.state()) || a.senderSiteId() != m.senderSiteId()
				|| a.receiverLicenceId() != m.receiverLicenceId()
				|| !a.wasteCode().strip().equals(m.wasteCode().strip())) {
			findings.add(TransferFinding.error("CROSS_PROVINCE_APPROVAL_MISMATCH", "Approval " + a.id() + " ("
					+ a.state() + ") is not an approval of this site, receiver's licence and waste code"));
			return;
		}
		if (day.isBefore(a.validFrom()) || day.isAfter(a.validTo())) {
			findings.add(TransferFinding.error("CROSS_PROVINCE_APPROVAL_NOT_VALID", "Approval " + a.id()
					+ " is valid from " + a.validFrom() + " to " + a.validTo() + ", not on " + day + " (第二十七条)"));
		}
		BigDecimal used = this.approvals.used(a.id(), m.id());
		if (used.add(m.quantityT()).compareTo(a.quantityT()) > 0) {
			findings.add(TransferFinding.error("CROSS_PROVINCE_QUANTITY_EXCEEDED",
					"Approval " + a.id() + " allows " + a.quantityT().stripTrailingZeros().toPlainString() + " t; "
							+ used.stripTrailingZeros().toPlainString() + " t already issued, "
							+ m.quantityT().stripTrailingZeros().toPlainString()
							+ " t more exceeds it: apply again (第二十八条第一项)"));
		}
	}

	/** The checks before the receiver accepts the waste, on the day received. */
	List<TransferFinding> atReceipt(ManifestRow m, LocalDate receivedOn, BigDecimal received) {
		List<TransferFinding> findings = new ArrayList<>();
		this.parties.lockLicence(m.receiverLicenceId());
		licence(m, receivedOn, received, findings);
		return findings;
	}

	private void licence(ManifestRow m, LocalDate day, BigDecimal quantity, List<TransferFinding> findings) {
		LicenceParty licence = this.parties.licence(m.receiverLicenceId()).orElseThrow();
		String code = m.wasteCode().strip();
		if (!this.parties.licencePermits(licence.id(), code)) {
			findings.add(TransferFinding.error("LICENCE_CODE_NOT_PERMITTED",
					"The receiver's licence " + licence.number() + " does not permit " + code));
		}
		if (day.isBefore(licence.validFrom()) || day.isAfter(licence.validTo())) {
			findings.add(TransferFinding.error("LICENCE_NOT_VALID", "The receiver's licence " + licence.number()
					+ " is valid from " + licence.validFrom() + " to " + licence.validTo() + ", not on " + day));
		}
		BigDecimal before = this.manifests.receivedInYear(licence.id(), day.getYear(), m.id());
		BigDecimal after = before.add(quantity);
		if (after.compareTo(licence.annualCapacityT()) > 0) {
			findings.add(TransferFinding.error("CAPACITY_EXCEEDED",
					"The receiver has received " + before.stripTrailingZeros().toPlainString() + " t under licence "
							+ licence.number() + " in " + day.getYear() + "; with "
							+ quantity.stripTrailingZeros().toPlainString() + " t more it would exceed its permitted "
							+ licence.annualCapacityT().stripTrailingZeros().toPlainString() + " t/a"));
		}
	}

}
