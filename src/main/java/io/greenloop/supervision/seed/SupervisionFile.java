package io.greenloop.supervision.seed;

import java.util.List;

/**
 * One file of {@code src/main/resources/supervision/}: the tasks or the projects of one
 * plan, transcribed by {@code scripts/transcribe_supervision.py}.
 *
 * @param plan the plan's code
 * @param document the seed document the entries are quoted from
 * @param region the region of the plan
 * @param unitsMissing whether the plan's unit division is missing from its text
 * @param tasks the tasks
 * @param projects the projects
 */
record SupervisionFile(String plan, String document, String region, Boolean unitsMissing, List<TaskEntry> tasks,
		List<ProjectEntry> projects) {

	SupervisionFile {
		unitsMissing = Boolean.TRUE.equals(unitsMissing);
		tasks = (tasks != null) ? tasks : List.of();
		projects = (projects != null) ? projects : List.of();
	}

	/**
	 * A task: the cells verbatim ({@code lead}, {@code responsible}), the units named in
	 * them as {@code ResponsibilityText} reads them ({@code leadUnits},
	 * {@code responsibleUnits}, groups separated by "；"), and the mentions that name no
	 * single unit.
	 */
	record TaskEntry(String code, String group, Integer seq, String name, String content, String lead,
			String responsible, String schedule, String leadUnits, String responsibleUnits, List<String> leadCollective,
			List<String> responsibleCollective, String note, Source source, Source unitsSource) {

		TaskEntry {
			leadCollective = (leadCollective != null) ? leadCollective : List.of();
			responsibleCollective = (responsibleCollective != null) ? responsibleCollective : List.of();
		}

	}

	/** A project; {@code investment} in 万元 as printed, {@code review} what to check. */
	record ProjectEntry(String code, Integer seq, String name, String sourceName, String content, String unit,
			String investment, String benefit, String deadline, List<String> review, Source source) {

		ProjectEntry {
			review = (review != null) ? review : List.of();
		}

	}

	/** Lines (first, last) and quote. */
	record Source(List<Integer> lines, String quote) {

		int from() {
			return this.lines.get(0);
		}

		int to() {
			return this.lines.get(this.lines.size() - 1);
		}

	}

}
