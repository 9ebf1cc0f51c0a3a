package io.greenloop.supervision;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one unit keeps up with its tasks, for the assessment scores (考核).
 *
 * @param organisationId the unit
 * @param organisationName its name
 * @param tasks the tasks that name it (牵头 or 责任)
 * @param completed of which 已完成
 * @param overdue of which 逾期 now
 * @param slotsDue its round slots whose deadline has passed
 * @param onTime of which reported by the deadline
 * @param onTimeRate onTime as a share of slotsDue, percent (one decimal); null with no
 * slot due yet
 * @param items the 督办 items addressed to it
 * @param openItems of which not answered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitStatistics(long organisationId, String organisationName, int tasks, int completed, int overdue,
		int slotsDue, int onTime, BigDecimal onTimeRate, int items, int openItems) {
}
