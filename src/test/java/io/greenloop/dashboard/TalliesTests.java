package io.greenloop.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.dashboard.DashboardView.Lagging;
import io.greenloop.dashboard.DashboardView.Tally;
import io.greenloop.evaluation.EvaluationResults.StatusCount;
import io.greenloop.evaluation.EvaluationView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting, ranking and picking stored results, on rows made up for the purpose. */
class TalliesTests {

	@Test
	void theShareOnTrackIsTakenOfTheTargetsWithAVerdict() {
		Tally tally = Tallies.of(List.of(count(2025, "150100", "ACHIEVED", 1), count(2025, "150102", "ON_TRACK", 1),
				count(2025, "150100", "LAGGING", 1), count(2025, "150100", "NO_DATA", 1),
				count(2025, "150100", "NEEDS_JUDGEMENT", 1)));
		assertThat(tally.counts()).containsExactly(Map.entry("ACHIEVED", 1L), Map.entry("ON_TRACK", 1L),
				Map.entry("LAGGING", 1L), Map.entry("SERIOUSLY_LAGGING", 0L), Map.entry("NEEDS_JUDGEMENT", 1L),
				Map.entry("NO_DATA", 1L));
		assertThat(tally.total()).isEqualTo(5);
		assertThat(tally.evaluated()).isEqualTo(3);
		assertThat(tally.onTrack()).isEqualTo(2);
		assertThat(tally.share()).isEqualTo(0.6667);
		assertThat(Tallies.of(List.of(count(2025, "150100", "NO_DATA", 4))).share()).as("no verdict, no share")
			.isNull();
	}

	@Test
	void theTrendTalliesEachYear() {
		var trend = Tallies.trend(List.of(count(2025, "150100", "ACHIEVED", 1), count(2024, "150100", "LAGGING", 2),
				count(2025, "150102", "ON_TRACK", 3), count(2025, "150102", "LAGGING", 1)));
		assertThat(trend).extracting(point -> point.year()).containsExactly(2024, 2025);
		assertThat(trend.get(0).tally().share()).isEqualTo(0.0);
		assertThat(trend.get(0).tally().total()).isEqualTo(2);
		assertThat(trend.get(1).tally().share()).isEqualTo(0.8);
		assertThat(Tallies.laggingCount(List.of(count(2025, "150100", "LAGGING", 2),
				count(2025, "150102", "SERIOUSLY_LAGGING", 3), count(2025, "150102", "ON_TRACK", 1))))
			.isEqualTo(5);
	}

	@Test
	void theSeriouslyLaggingComeFirstThenTheFurthestBehind() {
		List<Lagging> lagging = Tallies.lagging(List.of(row("A", "150100", 2025, "LAGGING", "0.5", "0.6"),
				row("B", "150100", 2025, "LAGGING", "0.1", "0.6"), row("C", "150100", 2025, "ACHIEVED", "1", "0.6"),
				row("D", "150102", 2025, "SERIOUSLY_LAGGING", "0.4", "0.6")), Map.of("A", "市生态环境局"));
		assertThat(lagging).extracting(Lagging::targetCode).containsExactly("D", "B", "A");
		assertThat(lagging.get(2).responsible()).isEqualTo("市生态环境局");
		assertThat(lagging.get(1).responsible()).isEqualTo("—");
		assertThat(lagging.get(0).sourceLink()).isEqualTo("/submissions/12");
	}

	@Test
	void theLatestValueIsTheLastYearWithOneUpToTheYearShown() {
		List<EvaluationView> rows = List.of(value("A", "150100", 2023, "1.5", "IMPORT 3 r1"),
				value("A", "150100", 2024, "2.5", "DEMO 2024"), value("A", "150100", 2026, "9", "SUBMISSION 7 r1"),
				value("A", "150102", 2025, "7", "SUBMISSION 8 r1"), row("A", "150100", 2025, "NO_DATA", null, null));
		var reading = Tallies.latest(rows, Set.of("A"), "150100", 2025).orElseThrow();
		assertThat(reading.year()).isEqualTo(2024);
		assertThat(reading.value()).isEqualByComparingTo("2.5");
		assertThat(reading.demo()).isTrue();
		assertThat(reading.sourceLink()).isEqualTo("/values?item=A&region=150100");
		assertThat(Tallies.latest(rows, Set.of("B"), "150100", 2025)).isEmpty();
	}

	@Test
	void aSourceLinksToItsSubmissionOrToTheApprovedValues() {
		assertThat(new ValueSource("SUBMISSION 12 r2").link("003-T01", "150100")).isEqualTo("/submissions/12");
		assertThat(new ValueSource("IMPORT 3 r1").link("003-T01", "150100"))
			.isEqualTo("/values?item=003-T01&region=150100");
		assertThat(new ValueSource(null).link("003-T01", "150100")).isNull();
		assertThat(new ValueSource("DEMO seed 42").demo()).isTrue();
		assertThat(new ValueSource("IMPORT 3 r1").demo()).isFalse();
	}

	private static StatusCount count(int year, String region, String status, long count) {
		return new StatusCount(year, region, status, count);
	}

	private static EvaluationView value(String target, String region, int year, String value, String source) {
		return new EvaluationView(target, "name", "003", "%", "≥90", region, "region", year, "PLAN", "ON_TRACK",
				new BigDecimal(value), null, null, null, null, null, null, null, List.of(), source, null);
	}

	private static EvaluationView row(String target, String region, int year, String status, String progress,
			String expectedProgress) {
		return new EvaluationView(target, "name", "003", "%", "≥90", region, "region", year, "PLAN", status,
				progress == null ? null : BigDecimal.ONE, null, null,
				progress == null ? null : new BigDecimal(progress),
				expectedProgress == null ? null : new BigDecimal(expectedProgress), null, null, null, List.of(),
				progress == null ? null : "SUBMISSION 12 r1", null);
	}

}
