package io.greenloop.reporting;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.greenloop.reporting.events.DemoValuesRemoved;

/**
 * An approved value of an item (a target or a series) for a region and a period, with
 * where it came from.
 *
 * @param itemCode the target's or series' code
 * @param regionCode the region
 * @param periodCode the period
 * @param value the figure, for numeric items
 * @param text the text, for qualitative items
 * @param numerator the numerator, when reported
 * @param denominator the denominator, when reported
 * @param unit the unit
 * @param note the reporter's note
 * @param revision which approved revision this is (1 for the first)
 * @param source SUBMISSION, IMPORT, or DEMO for demonstration data (演示数据, demo profile
 * only)
 * @param sourceId the submission's id, the import's number, or the demonstration data's
 * generation
 * @param approvedAt when it was approved
 * @param approvedBy who approved it last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovedValue(String itemCode, String regionCode, String periodCode, BigDecimal value, String text,
		BigDecimal numerator, BigDecimal denominator, String unit, String note, int revision, String source,
		long sourceId, Instant approvedAt, String approvedBy) {

	/** The source of demonstration values (演示数据, demo profile only). */
	public static final String DEMO = DemoValuesRemoved.SOURCE;

	/** Whether this is a demonstration value, to be marked 演示数据 wherever it is shown. */
	public boolean demo() {
		return DEMO.equals(this.source);
	}

}
