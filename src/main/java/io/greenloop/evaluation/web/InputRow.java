package io.greenloop.evaluation.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.Input;

/**
 * One number the results were computed from: its role (baseline, target, observed…), its
 * year and its value. The years' results share most of their inputs, so a page lists each
 * number once.
 *
 * @param role what the number was used as
 * @param year its year
 * @param value the number, rounded for reading
 */
record InputRow(String role, int year, String value) {

	/** The inputs of all the results, each once, by year and role. */
	static List<InputRow> of(List<EvaluationView> results) {
		Set<InputRow> rows = new LinkedHashSet<>();
		for (EvaluationView result : results) {
			for (EvaluationView.Input input : result.inputs()) {
				rows.add(new InputRow(input.role(), input.year(),
						input.value() != null ? Shown.number(input.value()) : null));
			}
		}
		return rows.stream().sorted(Comparator.comparingInt(InputRow::year).thenComparingInt(InputRow::order)).toList();
	}

	/** The role's place in the engine's list of roles. */
	private int order() {
		return Arrays.stream(Input.Role.values())
			.filter(known -> known.name().equals(this.role))
			.findFirst()
			.map(Enum::ordinal)
			.orElse(Integer.MAX_VALUE);
	}

}
