package io.greenloop.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 时间安排 column of a task list. The plans write three shapes: a year to finish in
 * ("2025年完成。"), a span to keep working in ("2023年—2025年持续推进。"), and stages, each opened
 * by its year or years and separated by "，" or "；" ("2023年制定考核办法，建立考核机制；2024年、2025年
 * 组织开展年度考核评估。"). A comma not followed by a year continues the stage before it. Words of
 * any other shape, or with years out of order, are not guessed at: the schedule is
 * unreadable and keeps its text.
 */
public final class ScheduleParser {

	private static final String DASH = "[—–\\-~至到]";

	private static final Pattern RECURRING = Pattern.compile("^(\\d{4})年" + DASH + "(\\d{4})年(持续推进|持续开展|长期坚持)$");

	/** The years opening a stage: "2023年", "2024年、2025年", "2023年—2025年". */
	private static final Pattern YEARS = Pattern.compile("^(\\d{4})年((?:(?:、|和|" + DASH + ")\\d{4}年)*)");

	private static final Pattern MORE_YEARS = Pattern.compile("(、|和|" + DASH + ")(\\d{4})年");

	/** Where a new stage starts: a separator followed by a year. */
	private static final Pattern STAGE_START = Pattern.compile("[，；,;](?=\\d{4}年)");

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private ScheduleParser() {
	}

	public static Schedule parse(String text) {
		if (text == null || text.isBlank()) {
			return Schedule.unreadable(text);
		}
		String words = text.strip().replaceAll("[。.]+$", "");
		Matcher recurring = RECURRING.matcher(words);
		if (recurring.matches()) {
			int from = Integer.parseInt(recurring.group(1));
			int until = Integer.parseInt(recurring.group(2));
			return (from <= until && inRange(from) && inRange(until)) ? Schedule.recurring(text, from, until)
					: Schedule.unreadable(text);
		}
		List<Milestone> milestones = new ArrayList<>();
		for (String stage : STAGE_START.split(words)) {
			Milestone milestone = stage(stage);
			int previous = milestones.isEmpty() ? 0 : last(milestones.get(milestones.size() - 1).years());
			if (milestone == null || milestone.years().get(0) <= previous) {
				return Schedule.unreadable(text);
			}
			milestones.add(milestone);
		}
		return Schedule.staged(text, milestones);
	}

	/** One stage: its years and what it says, or {@code null} if it is not one. */
	private static Milestone stage(String stage) {
		Matcher opening = YEARS.matcher(stage);
		if (!opening.find()) {
			return null;
		}
		List<Integer> years = new ArrayList<>(List.of(Integer.parseInt(opening.group(1))));
		Matcher more = MORE_YEARS.matcher(opening.group(2));
		while (more.find()) {
			int year = Integer.parseInt(more.group(2));
			int from = last(years);
			if (year <= from) {
				return null;
			}
			if (more.group(1).matches(DASH)) {
				for (int between = from + 1; between < year; between++) {
					years.add(between);
				}
			}
			years.add(year);
		}
		String what = stage.substring(opening.end()).replaceFirst("^[，,]", "").strip();
		if (what.isEmpty() || !years.stream().allMatch(ScheduleParser::inRange)) {
			return null;
		}
		return Milestone.of(years, what);
	}

	private static int last(List<Integer> years) {
		return years.get(years.size() - 1);
	}

	private static boolean inRange(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
