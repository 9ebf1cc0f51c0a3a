package io.greenloop.supervision.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The actual investment of a plan's projects as the value of its investment indicator
 * ("无废城市"建设项目投资总额): the sum of the accepted progress reports' actual investment (万元, each
 * report the quarter's), converted explicitly to the indicator's unit (亿元 = 10,000 万元),
 * with the lineage that names every report, project and round it sums.
 */
public record InvestmentTotal(BigDecimal totalWan, BigDecimal value, String unit, String lineage) {

	private static final String WAN = "万元";

	private static final String YI = "亿元";

	/** An accepted report of a project's actual investment in a round. */
	public record Reported(long reportId, long roundId, String roundName, String projectCode,
			BigDecimal investmentWan) {
	}

	/**
	 * The total of these reports in {@code unit}.
	 * @throws IllegalArgumentException for no reports (no data is not zero) or a unit
	 * other than 万元 and 亿元
	 */
	public static InvestmentTotal of(List<Reported> reports, String unit, BigDecimal plannedWan, String heading) {
		if (reports.isEmpty()) {
			throw new IllegalArgumentException("no accepted project reports to sum");
		}
		BigDecimal total = reports.stream().map(Reported::investmentWan).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal value = switch (unit) {
			case WAN -> total;
			case YI -> total.movePointLeft(4);
			default -> throw new IllegalArgumentException("cannot express 万元 in " + unit);
		};
		String rows = reports.stream()
			.map(report -> "报告%d %s %s万元（调度%d %s）".formatted(report.reportId(), report.projectCode(),
					report.investmentWan().toPlainString(), report.roundId(), report.roundName()))
			.collect(Collectors.joining("；"));
		long projects = reports.stream().map(Reported::projectCode).distinct().count();
		String lineage = "%s：%d个项目%d份已采纳报告的实际投资合计%s万元 = %s%s（1亿元 = 10000万元）；计划投资合计%s万元。%s。".formatted(heading, projects,
				reports.size(), total.toPlainString(), value.toPlainString(), unit,
				(plannedWan != null) ? plannedWan.toPlainString() : "—", rows);
		return new InvestmentTotal(total, value, unit, lineage);
	}

}
