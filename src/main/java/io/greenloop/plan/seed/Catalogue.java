package io.greenloop.plan.seed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.greenloop.plan.seed.CatalogueFile.ConceptEntry;
import io.greenloop.plan.seed.CatalogueFile.PlanEntry;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;

/**
 * A checked catalogue: the plans by code, the concepts by code, and the targets in
 * document order (table rows by 序号 first, then prose by line).
 */
public record Catalogue(Map<String, PlanEntry> plans, Map<String, ConceptEntry> concepts, List<PlacedTarget> targets) {

	/**
	 * A target with the plan it belongs to.
	 *
	 * @param planCode the plan
	 * @param entry the target as transcribed
	 */
	public record PlacedTarget(String planCode, TargetEntry entry) {

		static final Comparator<PlacedTarget> DOCUMENT_ORDER = Comparator.comparing(PlacedTarget::planCode)
			.thenComparing(target -> target.entry().seq() == null)
			.thenComparing(target -> target.entry().code());

	}

}
