package io.greenloop.reporting.domain.rules;

import java.util.List;
import java.util.Optional;

/**
 * The enabled rules, each validated and its expressions parsed once, ready to check any
 * number of items. A bulk import of 50,000 rows checks every row against one rule set
 * rather than parsing every rule again for every row. A snapshot: an administrator's edit
 * applies to the next rule set made.
 */
public final class RuleSet {

	private final List<Check> checks;

	private RuleSet(List<Check> checks) {
		this.checks = checks;
	}

	/**
	 * The enabled rules of {@code rules}, in their order; disabled ones are left out.
	 * @throws IllegalArgumentException if an enabled rule has {@linkplain Rule#problems
	 * problems}
	 */
	public static RuleSet of(List<Rule> rules) {
		return new RuleSet(rules.stream().filter(Rule::enabled).map(Check::of).toList());
	}

	/**
	 * The violations of one item, in the order of the rules; rules whose
	 * {@link RuleScope} does not cover the item are skipped.
	 */
	public List<Violation> check(ItemFacts item) {
		return this.checks.stream()
			.filter((check) -> check.rule().scope().covers(item))
			.map((check) -> check.apply(item))
			.flatMap(Optional::stream)
			.toList();
	}

}
