package io.greenloop.supervision;

import java.time.LocalDate;

/**
 * An administrator opens a dispatch round.
 *
 * @param name such as 2025年第三季度调度 (required)
 * @param plan the plan whose open tasks and projects it covers; every plan when empty
 * @param deadline the day reports are due (required, not past)
 * @param year the year it reports on; the deadline's year when empty
 */
public record OpenRound(String name, String plan, LocalDate deadline, Integer year) {
}
