package io.greenloop.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.greenloop.evaluation.EvaluationView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the evaluation pages make of stored results, without Spring: numbers rounded for
 * reading, the statuses worst first, the value's source read for its link, and the
 * chart's series from the baseline to the target year.
 */
class EvaluationFiguresTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void numbersAreRoundedForReadingAndSharesShownAsPercentages() {
		assertThat(Shown.number(new BigDecimal("89.32000000"))).isEqualTo("89.32");
		assertThat(Shown.number(new BigDecimal("-1.0166667"))).isEqualTo("-1.02");
		assertThat(Shown.number(new BigDecimal("0.0123456"))).isEqualTo("0.0123");
		assertThat(Shown.number(new BigDecimal("0.000"))).isEqualTo("0");
		assertThat(Shown.number(null)).isNull();
		assertThat(Shown.percent(new BigDecimal("0.604"))).isEqualTo(60);
		assertThat(Shown.percent(new BigDecimal("-0.25"))).isEqualTo(-25);
	}

	@Test
	void theLaggingComeFirst() {
		List<String> statuses = new ArrayList<>(
				List.of("ACHIEVED", "NO_DATA", "SERIOUSLY_LAGGING", "ON_TRACK", "NEEDS_JUDGEMENT", "LAGGING"));
		statuses.sort(Statuses.worstFirst("PLAN"));
		assertThat(statuses).containsExactly("SERIOUSLY_LAGGING", "LAGGING", "NEEDS_JUDGEMENT", "NO_DATA", "ON_TRACK",
				"ACHIEVED");
		assertThat(Statuses.labels(Locale.ENGLISH)).containsEntry("LAGGING", "lagging")
			.containsEntry("DETERIORATION", "deterioration");
		assertThat(Statuses.labels(Locale.SIMPLIFIED_CHINESE)).containsEntry("NEEDS_JUDGEMENT", "待人工评定");
	}

	@Test
	void theSourceOfAValueIsReadForItsLink() {
		ValueSource submission = ValueSource.of("SUBMISSION 12 r2");
		assertThat(submission.isSubmission()).isTrue();
		assertThat(submission.id()).isEqualTo(12);
		assertThat(submission.revision()).isEqualTo(2);
		assertThat(ValueSource.of("IMPORT 3 r1").isImport()).isTrue();
		assertThat(ValueSource.of(null)).isNull();
		assertThat(ValueSource.of("IMPORT three")).isNull();
	}

	@Test
	void theTrajectoryRunsFromTheBaselineToTheTargetYearAndTheTargetIsAFlatLine() {
		String inputs = "[{\"role\":\"BASELINE\",\"year\":2020,\"value\":80},{\"role\":\"TARGET\",\"year\":2025,\"value\":90}]";
		EvaluationChart chart = EvaluationChart.of(List.of(result(2021, null, null, inputs),
				result(2022, new BigDecimal("83"), new BigDecimal("84"), inputs)));
		assertThat(chart.years()).containsExactly(2020, 2021, 2022, 2025);
		assertThat(chart.observed()).containsExactly(null, null, new BigDecimal("83"), null);
		assertThat(chart.expected()).containsExactly(new BigDecimal("80"), null, new BigDecimal("84"),
				new BigDecimal("90"));
		assertThat(chart.target()).allSatisfy(figure -> assertThat(figure).isEqualByComparingTo("90"));
		assertThat(chart.isEmpty()).isFalse();
		JsonNode json = JSON.readTree(chart.json(Map.of("observed", "</script>")));
		assertThat(json.get("names").get("observed").asString()).isEqualTo("</script>");
		assertThat(chart.json(Map.of("observed", "</script>"))).doesNotContain("</script>");
		assertThat(EvaluationChart.of(List.of(result(2021, null, null, "[]"))).isEmpty()).isTrue();
	}

	private static EvaluationView result(int year, BigDecimal value, BigDecimal expected, String inputs) {
		return new EvaluationView("000-T01", "name", "000", "%", "≥90", "150800", "巴彦淖尔市", year, "PLAN",
				value == null ? "NO_DATA" : "LAGGING", value, value == null ? null : new BigDecimal("90"), expected,
				null, null, null, null, "explanation", List.of(JSON.readValue(inputs, EvaluationView.Input[].class)),
				null, Instant.EPOCH);
	}

}
