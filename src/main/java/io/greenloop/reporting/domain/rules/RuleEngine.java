package io.greenloop.reporting.domain.rules;

import java.util.List;

/**
 * Checks reported items against the validation rules before a submission may be
 * submitted. Disabled rules, and rules whose {@link RuleScope} does not cover an item,
 * are skipped; each remaining rule is applied by its {@link RuleKind}. Stateless: the
 * rules are given with every call, so an administrator's edit applies to the next check;
 * to check many items against the same rules, make a {@link RuleSet} once.
 */
public final class RuleEngine {

	/**
	 * The violations of one item, in the order of the rules.
	 * @throws IllegalArgumentException if an enabled rule has {@linkplain Rule#problems
	 * problems}
	 */
	public List<Violation> check(List<Rule> rules, ItemFacts item) {
		return RuleSet.of(rules).check(item);
	}

	/**
	 * The violations of all items, item by item, each in the order of the rules; the
	 * rules are parsed once.
	 * @throws IllegalArgumentException if an enabled rule has {@linkplain Rule#problems
	 * problems}
	 */
	public List<Violation> checkAll(List<Rule> rules, List<ItemFacts> items) {
		RuleSet set = RuleSet.of(rules);
		return items.stream().flatMap((item) -> set.check(item).stream()).toList();
	}

}
