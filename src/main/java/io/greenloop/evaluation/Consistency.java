package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.greenloop.plan.ConceptView;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;

/**
 * Cross-plan consistency: where one indicator concept has targets for a region and for a
 * region inside it (the autonomous region and a 盟市, a 盟市 and a 旗县), for the same measure,
 * unit and year, the lower level's figure should be at least as demanding as the upper
 * level's. A lower level's figure that is looser — lower where higher is better, higher
 * where lower is better — is flagged.
 */
@Service
public class Consistency {

	private static final Set<TargetComparator> AT_LEAST = Set.of(TargetComparator.GE, TargetComparator.GT,
			TargetComparator.APPROX, TargetComparator.EQ);

	private static final Set<TargetComparator> AT_MOST = Set.of(TargetComparator.LE, TargetComparator.LT,
			TargetComparator.APPROX, TargetComparator.EQ);

	private final IndicatorCatalogue catalogue;

	Consistency(IndicatorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Every comparable pair, the looser ones first. */
	public List<Pair> pairs() {
		List<Pair> pairs = new ArrayList<>();
		for (ConceptView concept : this.catalogue.concepts()) {
			List<IndicatorView> targets = this.catalogue.indicatorsOf(concept.code());
			for (IndicatorView upper : targets) {
				for (IndicatorView lower : targets) {
					compare(upper, lower).ifPresent(pairs::add);
				}
			}
		}
		pairs.sort(Comparator.comparing(Pair::looser)
			.reversed()
			.thenComparing(p -> p.upper().code())
			.thenComparing(p -> p.lower().code()));
		return pairs;
	}

	/**
	 * The comparison of a lower level's target with an upper level's, when they measure
	 * the same thing in the same unit for the same year with figures to compare.
	 */
	static java.util.Optional<Pair> compare(IndicatorView upper, IndicatorView lower) {
		if (upper.region() == null || lower.region() == null || upper.region().equals(lower.region())
				|| !RegionCode.of(upper.region()).covers(RegionCode.of(lower.region()))) {
			return java.util.Optional.empty();
		}
		BigDecimal high = upper.target().value();
		BigDecimal low = lower.target().value();
		if (high == null || low == null || upper.measure() != lower.measure()
				|| upper.target().year() != lower.target().year() || !sameUnit(upper.unit(), lower.unit())
				|| upper.direction() != lower.direction()) {
			return java.util.Optional.empty();
		}
		boolean higherBetter = upper.direction() == Direction.HIGHER_IS_BETTER;
		boolean lowerBetter = upper.direction() == Direction.LOWER_IS_BETTER;
		Set<TargetComparator> kinds = higherBetter ? AT_LEAST : lowerBetter ? AT_MOST : Set.of();
		if (!kinds.contains(upper.target().comparator()) || !kinds.contains(lower.target().comparator())) {
			return java.util.Optional.empty();
		}
		int order = low.compareTo(high);
		boolean looser = higherBetter ? order < 0 : order > 0;
		return java.util.Optional.of(new Pair(upper, lower, looser));
	}

	private static boolean sameUnit(String a, String b) {
		return (a == null ? "" : a.replace('％', '%').strip()).equals(b == null ? "" : b.replace('％', '%').strip());
	}

	/**
	 * An upper level's target and a lower level's for the same concept, measure, unit and
	 * year.
	 *
	 * @param upper the target of the region above
	 * @param lower the target of the region inside it
	 * @param looser whether the lower level's figure asks less than the upper level's
	 */
	public record Pair(IndicatorView upper, IndicatorView lower, boolean looser) {
	}

}
