package io.greenloop.reporting.domain.rules;

import java.util.List;
import java.util.Optional;

/**
 * Checks reported items against the validation rules before a submission may be
 * submitted. Disabled rules, and rules whose {@link RuleScope} does not cover an item,
 * are skipped; each remaining rule is applied by its {@link RuleKind}. Stateless: the
 * rules come from storage with every call, so an administrator's edit applies to the next
 * check.
 */
public final class RuleEngine {

	/**
	 * The violations of one item, in the order of the rules.
	 * @throws IllegalArgumentException if an enabled rule has {@linkplain Rule#problems
	 * problems}
	 */
	public List<Violation> check(List<Rule> rules, ItemFacts item) {
		return checkAll(rules, List.of(item));
	}

	/**
	 * The violations of all items, item by item, each in the order of the rules; the
	 * rules are parsed once.
	 * @throws IllegalArgumentException if an enabled rule has {@linkplain Rule#problems
	 * problems}
	 */
	public List<Violation> checkAll(List<Rule> rules, List<ItemFacts> items) {
		List<Check> checks = rules.stream().filter(Rule::enabled).map(Check::of).toList();
		return items.stream()
			.flatMap((item) -> checks.stream()
				.filter((check) -> check.rule().scope().covers(item))
				.map((check) -> check.apply(item))
				.flatMap(Optional::stream))
			.toList();
	}

}
