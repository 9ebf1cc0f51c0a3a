package io.greenloop.reporting;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something reported: a target of the catalogue, or a series of source statistics.
 *
 * @param code the target's or series' code
 * @param series whether it is a series rather than a target
 * @param name what it is called
 * @param unit its unit
 * @param numeric whether it is reported as a number (milestones are reported as text)
 * @param measure the target's measure (LEVEL, DECLINE_FROM_BASE...), null for a series
 * @param concept the target's concept, null for a series
 * @param level1 the plan's group
 * @param level2 the plan's sub-group
 * @param seq the 序号 in the plan's table
 * @param regionCode the region the target applies to, null for a series (any region)
 * @param targetValue the target figure, if numeric
 * @param targetText the target as printed
 * @param baselineValue the baseline figure, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportItem(String code, boolean series, String name, String unit, boolean numeric, String measure,
		String concept, String level1, String level2, Integer seq, String regionCode, BigDecimal targetValue,
		String targetText, BigDecimal baselineValue) {
}
