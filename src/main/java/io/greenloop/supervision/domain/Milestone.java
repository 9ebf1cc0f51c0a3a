package io.greenloop.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One stage of a task's 时间安排 (schedule): what is to be done in which year(s), due at the
 * end of the last of them. "2024年、2025年组织开展年度考核评估" is one milestone of two years.
 *
 * @param years the years the stage names, ascending
 * @param due the last day of the last year
 * @param text what the stage says is to be done, in the plan's words
 */
public record Milestone(List<Integer> years, LocalDate due, String text) {

	public Milestone {
		years = List.copyOf(years);
	}

	static Milestone of(List<Integer> years, String text) {
		return new Milestone(years, LocalDate.of(years.get(years.size() - 1), 12, 31), text);
	}

}
