package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.List;

/** What a site files as its annual management plan (HJ 1259—2022 §5, 附录 A). */
public final class PlanCommands {

	private PlanCommands() {
	}

	/**
	 * Files a plan for a site and year, or a new version of it.
	 *
	 * @param year the plan's year
	 * @param reductionMeasures 减量化计划和措施 (§5.5.4), required for 重点 and 简化
	 * @param changeReason why the filed plan changes (§5.2.3), required from the second
	 * version
	 * @param lines one per waste
	 */
	public record FilePlan(Integer year, String reductionMeasures, String changeReason, List<PlanLine> lines) {
	}

	/**
	 * What the plan expects of one waste in the year (附录 A.3–A.5, A.7), in tonnes.
	 *
	 * @param wasteCode the code of the 名录 in force on 1 January of the year
	 * @param generationT 本年度预计产生量
	 * @param storageT 本年度预计剩余贮存量 (required for 重点 and 简化)
	 * @param ownTreatmentT 本年度预计自行利用/处置量 (required for 重点)
	 * @param transferType WITHIN_PROVINCE 省内, CROSS_PROVINCE 跨省, ABROAD 境外; none when
	 * nothing is transferred
	 * @param transferT 本年度预计转移量
	 * @param receiverLicenceId the receiving operator's licence, for transfers within
	 * China
	 */
	public record PlanLine(String wasteCode, String wasteName, BigDecimal generationT, BigDecimal storageT,
			BigDecimal ownTreatmentT, String transferType, BigDecimal transferT, Long receiverLicenceId) {
	}

}
