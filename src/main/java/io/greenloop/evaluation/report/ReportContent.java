package io.greenloop.evaluation.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.plan.PlanView;

/**
 * What a report says, gathered from the stored results before any file is written.
 *
 * @param plan the plan
 * @param kind annual, mid-term or final
 * @param year the year reported on
 * @param thisYear the year the report is generated in
 * @param regionCode the region reported on
 * @param regionName its name
 * @param lines one per target evaluated in the region by the year, in the plan's order
 * @param unevaluated how many of the plan's targets have no result in the region by the
 * year
 * @param rows every result (plan trajectory method) in the region and below, of every
 * year up to the year reported
 * @param sdgRows the same by the Open SDG method
 * @param generatedAt when the report was generated
 */
public record ReportContent(PlanView plan, ReportKind kind, int year, int thisYear, String regionCode,
		String regionName, List<ReportLine> lines, int unevaluated, List<EvaluationView> rows,
		List<EvaluationView> sdgRows, Instant generatedAt) {

	/** The title: the plan's, the kind of report, the year. */
	public String title() {
		return this.plan.title() + this.kind.title() + "（" + this.year + "年）";
	}

	/** How many targets stand at each status, every status present (zero if none). */
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		this.lines.forEach(line -> counts.merge(line.status(), 1L, Long::sum));
		return counts;
	}

	/** Whether any value in the report is demonstration data (演示数据). */
	public boolean hasDemoData() {
		return this.rows.stream().anyMatch(ReportContent::isDemo) || this.lines.stream().anyMatch(ReportLine::demo);
	}

	/** Whether the year reported on is not over yet when the report is generated. */
	public boolean yearOpen() {
		return this.year >= this.thisYear;
	}

	static boolean isDemo(EvaluationView row) {
		return row.valueSource() != null && row.valueSource().startsWith("DEMO");
	}

}
