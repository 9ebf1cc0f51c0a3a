package io.greenloop.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.greenloop.dashboard.DashboardView.Lagging;
import io.greenloop.dashboard.DashboardView.Reading;
import io.greenloop.dashboard.DashboardView.Tally;
import io.greenloop.dashboard.DashboardView.YearTally;
import io.greenloop.evaluation.EvaluationResults.StatusCount;
import io.greenloop.evaluation.EvaluationView;

/**
 * Counts and ranks stored results; plain Java over the rows evaluation answered. A target
 * is "on track" when it is achieved (已达标) or on track (按进度); the share on track is taken
 * of the targets with a verdict, so that targets without data (无数据) or awaiting a
 * reviewer (待人工评定) neither help nor hurt a region.
 */
final class Tallies {

	static final String ACHIEVED = "ACHIEVED";

	static final String ON_TRACK = "ON_TRACK";

	static final String LAGGING = "LAGGING";

	static final String SERIOUSLY_LAGGING = "SERIOUSLY_LAGGING";

	/** The statuses in the order the dashboard shows them. */
	static final List<String> STATUSES = List.of(ACHIEVED, ON_TRACK, LAGGING, SERIOUSLY_LAGGING, "NEEDS_JUDGEMENT",
			"NO_DATA");

	/** How many lagging targets are listed; the rest are counted and linked. */
	static final int LAGGING_SHOWN = 50;

	private static final Set<String> VERDICTS = Set.of(ACHIEVED, ON_TRACK, LAGGING, SERIOUSLY_LAGGING);

	private Tallies() {
	}

	/** The tally of the counted results. */
	static Tally of(Collection<StatusCount> counted) {
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUSES.forEach(status -> counts.put(status, 0L));
		counted.forEach(count -> counts.merge(count.status(), count.count(), Long::sum));
		long total = counted.stream().mapToLong(StatusCount::count).sum();
		long evaluated = VERDICTS.stream().mapToLong(counts::get).sum();
		long onTrack = counts.get(ACHIEVED) + counts.get(ON_TRACK);
		return new Tally(counts, total, evaluated, onTrack,
				evaluated == 0 ? null : Math.round(10000.0 * onTrack / evaluated) / 10000.0);
	}

	/** The counted results' tally, year by year. */
	static List<YearTally> trend(Collection<StatusCount> counted) {
		return counted.stream()
			.collect(Collectors.groupingBy(StatusCount::year, TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map(year -> new YearTally(year.getKey(), of(year.getValue())))
			.toList();
	}

	/**
	 * The latest value, up to the year, of any of the targets in exactly the region.
	 */
	static Optional<Reading> latest(Collection<EvaluationView> rows, Set<String> targets, String region, int year) {
		return rows.stream()
			.filter(row -> row.value() != null && row.year() <= year && region.equals(row.regionCode())
					&& targets.contains(row.targetCode()))
			.max(Comparator.comparingInt(EvaluationView::year))
			.map(row -> {
				ValueSource source = new ValueSource(row.valueSource());
				return new Reading(row.targetCode(), row.year(), row.value(), row.status(), row.valueSource(),
						source.link(row.targetCode(), row.regionCode()), source.demo());
			});
	}

	/**
	 * The lagging targets among the rows: the seriously lagging first, then the furthest
	 * behind their trajectory.
	 */
	static List<Lagging> lagging(Collection<EvaluationView> rows, Map<String, String> responsible) {
		Predicate<EvaluationView> lagging = row -> LAGGING.equals(row.status())
				|| SERIOUSLY_LAGGING.equals(row.status());
		return rows.stream()
			.filter(lagging)
			.sorted(Comparator.comparing((EvaluationView row) -> !SERIOUSLY_LAGGING.equals(row.status()))
				.thenComparing(Tallies::behind, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(EvaluationView::targetCode)
				.thenComparing(EvaluationView::regionCode))
			.limit(LAGGING_SHOWN)
			.map(row -> {
				ValueSource source = new ValueSource(row.valueSource());
				return new Lagging(row.targetCode(), row.targetName(), row.planCode(), row.regionCode(),
						row.regionName(), row.status(), row.value(), row.unit(), row.expected(), row.gap(),
						row.targetText(), responsible.getOrDefault(row.targetCode(), "—"), row.valueSource(),
						source.link(row.targetCode(), row.regionCode()), source.demo());
			})
			.toList();
	}

	static long laggingCount(Collection<StatusCount> counted) {
		return counted.stream()
			.filter(count -> LAGGING.equals(count.status()) || SERIOUSLY_LAGGING.equals(count.status()))
			.mapToLong(StatusCount::count)
			.sum();
	}

	/**
	 * How far behind the trajectory: expected progress − progress, when both are known.
	 */
	private static BigDecimal behind(EvaluationView row) {
		return row.progress() == null || row.expectedProgress() == null ? null
				: row.expectedProgress().subtract(row.progress());
	}

}
