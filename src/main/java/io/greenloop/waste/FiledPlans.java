package io.greenloop.waste;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.greenloop.waste.PlanViews.PlanMismatch;
import io.greenloop.waste.persistence.PlanRepository;
import io.greenloop.waste.persistence.PlanRepository.LineRow;
import io.greenloop.waste.persistence.PlanRepository.PlanRow;

import org.springframework.stereotype.Service;

/**
 * Whether a transfer matches the sender's filed management plan (危险废物转移管理办法 第十条: the 移出人
 * transfers as its filed plan says; HJ 1259 §5.5.5): the latest version of the plan of
 * the transfer's year lists the waste code and, when a receiver is given, names that
 * receiver's licence for the code. For the manifests; answers no mismatch or why.
 */
@Service
public class FiledPlans {

	private final PlanRepository plans;

	FiledPlans(PlanRepository plans) {
		this.plans = plans;
	}

	/**
	 * Why a transfer of the code on the date to the receiver's licence does not match the
	 * site's filed plan, or empty when it matches.
	 * @param receiverLicenceId the receiving operator's licence, or null not to check the
	 * receiver
	 */
	public Optional<PlanMismatch> check(long siteId, String wasteCode, LocalDate date, Long receiverLicenceId) {
		int year = date.getYear();
		List<PlanRow> versions = this.plans.versions(siteId, year);
		if (versions.isEmpty()) {
			return Optional.of(new PlanMismatch(PlanMismatch.NOT_FILED, "该场所未备案 " + year + " 年危险废物管理计划",
					"the site has filed no hazardous waste management plan for " + year));
		}
		PlanRow latest = versions.get(0);
		List<LineRow> lines = this.plans.lines(latest.id())
			.stream()
			.filter(line -> line.wasteCode().equals(wasteCode))
			.toList();
		if (lines.isEmpty()) {
			return Optional.of(new PlanMismatch(PlanMismatch.CODE_ABSENT,
					"管理计划 " + latest.filingNumber() + " 未列明危险废物 " + wasteCode,
					"the management plan " + latest.filingNumber() + " does not list waste code " + wasteCode));
		}
		// a line naming no receiver leaves the receiver open
		if (receiverLicenceId != null && lines.stream()
			.noneMatch(line -> line.receiverLicenceId() == null
					|| Objects.equals(line.receiverLicenceId(), receiverLicenceId))) {
			String named = String.join("、",
					lines.stream().map(LineRow::receiverLicenceNumber).filter(Objects::nonNull).distinct().toList());
			String planned = named.isEmpty() ? "无" : named;
			return Optional.of(new PlanMismatch(PlanMismatch.RECEIVER_DIFFERS,
					"管理计划 " + latest.filingNumber() + " 中 " + wasteCode + " 的拟接收单位许可证为 " + planned + "，与本次接收单位不符",
					"the management plan " + latest.filingNumber() + " names "
							+ (named.isEmpty() ? "no receiver" : "licence " + named) + " for " + wasteCode
							+ ", not this receiver"));
		}
		return Optional.empty();
	}

}
