package io.greenloop.waste;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.persistence.TransferPartyRepository;
import io.greenloop.waste.persistence.TransferPartyRepository.PlanLine;

import org.springframework.stereotype.Component;

/**
 * The plan check read from {@code waste.management_plan} and its lines: the latest filed
 * version of the site's plan for the transfer's year must list the waste code (an error
 * when it does not, 第十四条); no plan filed at all is a warning (the plan may be filed
 * late); a plan line naming another receiver is a warning.
 */
@Component
class ManagementPlanTransferCheck implements TransferPlanCheck {

	private final TransferPartyRepository parties;

	ManagementPlanTransferCheck(TransferPartyRepository parties) {
		this.parties = parties;
	}

	@Override
	public List<TransferFinding> check(long siteId, String wasteCode, LocalDate date, long receiverLicenceId) {
		int year = date.getYear();
		if (this.parties.latestPlanVersion(siteId, year).isEmpty()) {
			return List.of(TransferFinding.warning("PLAN_NOT_FILED",
					"The sending site has filed no management plan for " + year + " (第十四条, HJ 1259—2022 §5)"));
		}
		List<PlanLine> lines = this.parties.latestPlanLines(siteId, year, wasteCode);
		if (lines.isEmpty()) {
			return List.of(TransferFinding.error("PLAN_CODE_ABSENT", "The latest filed management plan of the "
					+ "sending site for " + year + " does not list " + wasteCode + " (第十四条)"));
		}
		boolean receiverNamed = lines.stream()
			.anyMatch(line -> line.receiverLicenceId() == null || line.receiverLicenceId() == receiverLicenceId);
		if (!receiverNamed) {
			return List.of(TransferFinding.warning("PLAN_RECEIVER_DIFFERS", "The management plan (filing "
					+ lines.get(0).filingNumber() + ") plans " + wasteCode + " for another receiver's licence"));
		}
		return List.of();
	}

}
