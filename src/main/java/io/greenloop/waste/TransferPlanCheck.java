package io.greenloop.waste;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.domain.TransferFinding;

/**
 * Whether a transfer matches the sender site's filed management plan (危险废物转移管理办法 第十四条: a
 * manifest is filled in from the plan's filed transfer information; HJ 1259—2022 §5). The
 * default reads the plans directly ({@link ManagementPlanTransferCheck}); the plan's own
 * service (FiledPlans) can take its place.
 */
public interface TransferPlanCheck {

	/**
	 * The findings for a transfer of the code from the site on the day to the licence's
	 * holder.
	 */
	List<TransferFinding> check(long siteId, String wasteCode, LocalDate date, long receiverLicenceId);

}
