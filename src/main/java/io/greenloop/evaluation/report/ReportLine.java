package io.greenloop.evaluation.report;

import java.math.BigDecimal;

import io.greenloop.evaluation.domain.Status;

/**
 * One target in a report: where it stood in the report's year (or in its due year, when
 * that came earlier), with its latest value.
 *
 * @param code the target's code
 * @param name the indicator as the plan words it
 * @param unit its unit, empty when none
 * @param level1 the plan's first-level group, if any
 * @param level2 the plan's second-level group, if any
 * @param baseline the baseline as printed, if the plan gives one
 * @param target the target as printed, with its year
 * @param status its status in the year reported
 * @param statusYear the year that status is of
 * @param latestValue its latest value up to the year reported, if any
 * @param latestYear the year of that value
 * @param demo whether that value is demonstration data (演示数据)
 * @param responsible the units responsible for it (责任单位), as far as the plan names them
 */
public record ReportLine(String code, String name, String unit, String level1, String level2, String baseline,
		String target, Status status, int statusYear, BigDecimal latestValue, Integer latestYear, boolean demo,
		String responsible) {

	/** Whether it is behind: 滞后 or 严重滞后. */
	public boolean lagging() {
		return this.status == Status.LAGGING || this.status == Status.SERIOUSLY_LAGGING;
	}

	/**
	 * The latest value as a table shows it: "1.95（2024年）", starred when demonstration
	 * data.
	 */
	public String latestText() {
		if (this.latestValue == null) {
			return "—";
		}
		return plain(this.latestValue) + (this.demo ? "*" : "") + "（" + this.latestYear + "年）";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
