package io.greenloop.plan.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.plan.Direction;
import io.greenloop.plan.Measure;
import io.greenloop.plan.Nature;
import io.greenloop.plan.PlanKind;
import io.greenloop.plan.TargetComparator;

/**
 * One file of {@code src/main/resources/catalogue/}, as docs/catalogue-format.md
 * describes it.
 *
 * @param planCode the seed code of the plan the targets belong to; {@code null} in
 * concepts.yaml
 * @param plan the plan itself, in exactly one file per plan
 * @param concepts the concepts this file introduces
 * @param targets the targets
 */
public record CatalogueFile(String planCode, PlanEntry plan, List<ConceptEntry> concepts, List<TargetEntry> targets) {

	public CatalogueFile {
		concepts = concepts == null ? List.of() : concepts;
		targets = targets == null ? List.of() : targets;
	}

	public record PlanEntry(String document, String title, PlanKind kind, String issuer, String number,
			LocalDate issuedOn, String region, Integer periodStart, Integer periodEnd, Integer baseYear, String note,
			SourceEntry source) {
	}

	public record ConceptEntry(String code, String name, String unit, Direction direction, String definition,
			String formula) {
	}

	public record TargetEntry(String code, String name, Integer seq, String level1, String level2, boolean selfSelected,
			Nature nature, String region, String scope, String concept, Measure measure, String unit,
			Direction direction, BaselineEntry baseline, TargetValueEntry target, String responsible, String lead,
			String note, SourceEntry source) {
	}

	public record BaselineEntry(Integer year, BigDecimal value, String text, boolean cumulative, SourceEntry source) {
	}

	public record TargetValueEntry(Integer year, TargetComparator comparator, BigDecimal value, BigDecimal upper,
			String text) {
	}

	/**
	 * Where in the seed text something comes from.
	 *
	 * @param lines the first and last line, 1-based
	 * @param quote the exact words, fragments joined by " … "
	 */
	public record SourceEntry(List<Integer> lines, String quote) {
	}

}
