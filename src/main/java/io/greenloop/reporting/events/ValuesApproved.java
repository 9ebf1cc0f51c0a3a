package io.greenloop.reporting.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Values became approved: a submission passed its last approval, or an administrator
 * imported approved values, or the demo profile made up demonstration values (source
 * DEMO, see {@link DemoValuesRemoved}). The one way other modules learn of new data; they
 * look nothing up in the reporting tables.
 *
 * @param source SUBMISSION, IMPORT or DEMO
 * @param sourceId the submission's id, the import's sequence number, or the demonstration
 * data's generation
 * @param approvedBy who approved (or imported)
 * @param approvedAt when
 * @param values the approved values
 */
public record ValuesApproved(String source, long sourceId, String approvedBy, Instant approvedAt,
		List<ApprovedValue> values) {

	/**
	 * One approved value.
	 *
	 * @param itemCode the target's or series' code
	 * @param regionCode the region it is for
	 * @param periodCode the period it is for, such as 2025 or 2025Q3
	 * @param value the figure, for numeric items
	 * @param text the text, for qualitative items (milestones)
	 * @param unit its unit
	 * @param revision the approved revision of this value (1 for the first)
	 */
	public record ApprovedValue(String itemCode, String regionCode, String periodCode, BigDecimal value, String text,
			String unit, int revision) {
	}

}
