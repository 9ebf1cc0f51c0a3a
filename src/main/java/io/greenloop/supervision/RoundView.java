package io.greenloop.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dispatch round (调度) with its reports.
 *
 * @param id its id
 * @param name such as 2025年第三季度调度
 * @param planCode the plan whose tasks and projects it asks about; null for all
 * @param year the year it reports on
 * @param deadline the day reports are due
 * @param state OPEN or CLOSED
 * @param openedBy who opened it
 * @param openedAt when
 * @param closedBy who closed it
 * @param closedAt when
 * @param counts how many reports are in each state
 * @param reports the units' reports (within the caller's data scope), tasks first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundView(long id, String name, String planCode, int year, LocalDate deadline, String state,
		String openedBy, Instant openedAt, String closedBy, Instant closedAt, Map<ReportState, Long> counts,
		List<ProgressReportView> reports) {

	public boolean open() {
		return "OPEN".equals(this.state);
	}

}
