package io.greenloop.plan;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One target of one plan, typed, with the organisations responsible for it and the words
 * it came from. What {@code GET /api/indicators} answers.
 *
 * @param code the target's code: NNN-T<序号> for a row of a plan's indicator table,
 * NNN-L<line> for prose
 * @param name the indicator as the plan words it
 * @param unit its unit as printed ("%", "吨/万元"; empty when none)
 * @param planCode the plan (the seed's code, 000-004)
 * @param seq the 序号 in the plan's table, for table rows
 * @param level1 the plan's first-level group (一级指标, 类别) or chapter
 * @param level2 the plan's second-level group
 * @param selfSelected ★: a self-selected indicator (Hohhot's 无废城市 table)
 * @param nature 约束性 or 预期性, where the plan says
 * @param region the GB/T 2260 code of the region the target applies to
 * @param regionName that region's name
 * @param scope what narrows the target inside the region ("示范旗县"), if anything
 * @param concept the code of the indicator concept: the same measure across plans and
 * regions
 * @param conceptName the concept's name
 * @param measure whether the figure is the concept's level or its cumulative change since
 * the base year
 * @param direction which way the figure is better
 * @param baseline the value at the base year, if the plan gives one
 * @param target the figure to reach, and how
 * @param responsibleUnits 责任单位
 * @param leadUnits 牵头单位
 * @param dataProviders the units that provide the data
 * @param responsibleText the plan's 责任单位 text, verbatim, from which the units were read
 * @param leadText the plan's 牵头单位 text, verbatim
 * @param note what a reader needs to know about the transcription
 * @param source where in the seed documents the target is stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorView(String code, String name, String unit, String planCode, Integer seq, String level1,
		String level2, boolean selfSelected, Nature nature, String region, String regionName, String scope,
		String concept, String conceptName, Measure measure, Direction direction, Baseline baseline, Target target,
		List<Unit> responsibleUnits, List<Unit> leadUnits, List<Unit> dataProviders, String responsibleText,
		String leadText, String note, Source source) {

	/**
	 * The value at the base year.
	 *
	 * @param year the base year
	 * @param value the figure, when it is one
	 * @param text as printed ("(25.0)", "—", "90以上")
	 * @param cumulative whether the figure is a cumulative change over the previous plan
	 * (printed in parentheses)
	 * @param source where it is stated, when not in the target's own quote
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Baseline(Integer year, BigDecimal value, String text, boolean cumulative, Source source) {
	}

	/**
	 * The figure to reach.
	 *
	 * @param year the year it is due
	 * @param value the figure, for numeric comparators
	 * @param upper the upper bound of a range
	 * @param comparator how the figure is to be met
	 * @param text as printed ("≥98", "达到国家考核目标", "建立考核办法")
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Target(int year, BigDecimal value, BigDecimal upper, TargetComparator comparator, String text) {
	}

	/**
	 * An organisation named for the target.
	 *
	 * @param id its id in {@code /api/organisations}
	 * @param name its full name
	 * @param shortName the name the plan uses
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Unit(long id, String name, String shortName) {
	}

	/**
	 * Where something is stated in the seed documents.
	 *
	 * @param document the seed's file name, such as 003_254e334816a2e296.txt
	 * @param lines the first and last line, 1-based
	 * @param quote the exact words; fragments skipping layout artefacts are joined by " …
	 * "
	 */
	public record Source(String document, List<Integer> lines, String quote) {

		public int from() {
			return this.lines.get(0);
		}

		public int to() {
			return this.lines.get(1);
		}

	}

}
