package io.greenloop.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.greenloop.evaluation.EvaluationView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a target's chart in one region, embedded in its page as JSON: the observed
 * values, the trajectory expected from the baseline to the target, and the target, by
 * year. The trajectory starts at the baseline's year and ends at the target's, even where
 * the years evaluated stop earlier; the page joins it across years without an expected
 * value (a year without data has none).
 *
 * @param years the x axis
 * @param observed each year's value, null where none
 * @param expected the value expected each year, null where none
 * @param target the figure compared with each year: the year's own where it has one (a
 * figure assigned for the year), else the plan's
 */
record EvaluationChart(List<Integer> years, List<BigDecimal> observed, List<BigDecimal> expected,
		List<BigDecimal> target) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The chart of one region's results, given oldest first. */
	static EvaluationChart of(List<EvaluationView> results) {
		SortedMap<Integer, BigDecimal> observed = new TreeMap<>();
		SortedMap<Integer, BigDecimal> expected = new TreeMap<>();
		SortedMap<Integer, BigDecimal> target = new TreeMap<>();
		BigDecimal figure = null;
		Integer due = null;
		for (EvaluationView result : results) {
			observed.put(result.year(), result.value());
			expected.put(result.year(), result.expected());
			target.put(result.year(), result.target());
			for (EvaluationView.Input input : result.inputs()) {
				BigDecimal value = input.value();
				switch (input.role()) {
					case "BASELINE" -> expected.putIfAbsent(input.year(), value);
					case "TARGET" -> {
						due = input.year();
						figure = value;
					}
					default -> {
					}
				}
			}
		}
		if (due != null && figure != null && expected.get(due) == null) {
			expected.put(due, figure);
		}
		SortedSet<Integer> years = new TreeSet<>(observed.keySet());
		years.addAll(expected.keySet());
		List<Integer> axis = new ArrayList<>(years);
		BigDecimal line = figure;
		return new EvaluationChart(axis, axis.stream().map(observed::get).toList(),
				axis.stream().map(expected::get).toList(),
				axis.stream().map(year -> target.get(year) != null ? target.get(year) : line).toList());
	}

	/** Whether there is anything to draw. */
	public boolean isEmpty() {
		return this.observed.stream().allMatch(v -> v == null) && this.expected.stream().allMatch(v -> v == null)
				&& this.target.stream().allMatch(v -> v == null);
	}

	/**
	 * The data as JSON for a {@code <script type="application/json">} element, with the
	 * series' names; "<" is escaped so no text can close the element.
	 */
	String json(Map<String, String> names) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("years", this.years);
		data.put("observed", this.observed);
		data.put("expected", this.expected);
		data.put("target", this.target);
		data.put("names", names);
		return JSON.writeValueAsString(data).replace("<", "\\u003c");
	}

}
