package io.greenloop.waste;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.PlanViews.PlanMismatch;

import org.springframework.stereotype.Component;

/**
 * The plan check of a transfer, by {@link FiledPlans}: the latest filed version of the
 * sender site's plan for the transfer's year must list the waste code (an error when it
 * does not, 第十四条); no plan filed at all is a warning (the plan may be filed late); a plan
 * naming only other receivers for the code is a warning.
 */
@Component
class ManagementPlanTransferCheck implements TransferPlanCheck {

	private final FiledPlans plans;

	ManagementPlanTransferCheck(FiledPlans plans) {
		this.plans = plans;
	}

	@Override
	public List<TransferFinding> check(long siteId, String wasteCode, LocalDate date, long receiverLicenceId) {
		return this.plans.check(siteId, wasteCode, date, receiverLicenceId).map(mismatch -> switch (mismatch.kind()) {
			case PlanMismatch.NOT_FILED -> TransferFinding.warning("PLAN_NOT_FILED", mismatch.en() + " (第十四条)");
			case PlanMismatch.CODE_ABSENT -> TransferFinding.error("PLAN_CODE_ABSENT", mismatch.en() + " (第十四条)");
			default -> TransferFinding.warning("PLAN_RECEIVER_DIFFERS", mismatch.en());
		}).map(List::of).orElse(List.of());
	}

}
