package io.greenloop.evaluation.report;

import java.util.List;
import java.util.Locale;

import io.greenloop.plan.PlanView;

/**
 * The evaluation reports a plan calls for: the annual monitoring report (年度监测报告) of any
 * year of its period, the mid-term evaluation (中期评估) in its middle year and the final
 * evaluation (终期评估) in its last. Each names the headings under which its writers add
 * their own analysis.
 */
public enum ReportKind {

	/** 年度监测报告: where the targets stood at the end of a year. */
	ANNUAL("年度监测报告", List.of("主要工作与成效", "存在的问题与原因分析", "下一年度工作安排")),
	/** 中期评估报告: half-way through the period, whether the plan will be met. */
	MIDTERM("中期评估报告", List.of("实施进展与成效", "存在的问题与原因分析", "后半期工作重点与目标调整建议")),
	/** 终期评估报告: at the end of the period, whether the plan was met. */
	FINAL("终期评估报告", List.of("实施成效总结", "未完成指标原因分析", "经验做法与下一轮规划建议"));

	private final String title;

	private final List<String> analysisHeadings;

	ReportKind(String title, List<String> analysisHeadings) {
		this.title = title;
		this.analysisHeadings = analysisHeadings;
	}

	/** The kind a path names: annual, midterm or final. */
	public static ReportKind of(String code) {
		for (ReportKind kind : values()) {
			if (kind.code().equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException(
				"没有“%s”这种报告，可选 annual、midterm、final / no report kind “%s”: annual, midterm or final".formatted(code,
						code));
	}

	/** As the path names it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The report's name, as in its title and file name. */
	public String title() {
		return this.title;
	}

	/** Headings under which people write their own analysis. */
	public List<String> analysisHeadings() {
		return this.analysisHeadings;
	}

	/**
	 * The year reported on. Annual: the year asked for, else the last complete one, kept
	 * inside the plan's period. Mid-term: the period's middle year (2023 for 2021–2025).
	 * Final: its last.
	 * @param plan the plan
	 * @param requested the year asked for, if any
	 * @param thisYear the current year
	 * @throws IllegalArgumentException for a year outside the plan's period, or a year
	 * asked of a mid-term or final report that is not its own
	 */
	public int year(PlanView plan, Integer requested, int thisYear) {
		int first = plan.periodStart() != null ? plan.periodStart() : thisYear - 1;
		int last = plan.periodEnd() != null ? plan.periodEnd() : thisYear - 1;
		int year = switch (this) {
			case ANNUAL -> requested != null ? requested : Math.max(first, Math.min(thisYear - 1, last));
			case MIDTERM -> first + (last - first) / 2;
			case FINAL -> last;
		};
		if (requested != null && requested != year) {
			throw new IllegalArgumentException("%s的年度是%d年，不能指定%d年 / the %s report is of %d, not %d"
				.formatted(this.title, year, requested, code(), year, requested));
		}
		if (year < first || year > last) {
			throw new IllegalArgumentException("%d年不在规划期%d—%d年内 / %d is outside the plan's period %d–%d".formatted(year,
					first, last, year, first, last));
		}
		return year;
	}

}
