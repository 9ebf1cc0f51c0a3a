package io.greenloop.reporting.domain.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A rule set is made once per import or save: every enabled rule is validated and parsed
 * then, not again for each of the 50,000 rows it checks.
 */
class RuleSetTests {

	static final Rule NOT_ABOVE = RuleEngineTests.comparison("numerator", Operator.LE, "denominator",
			MissingPolicy.SKIP);

	@Test
	void parsesEveryEnabledRuleWhenItIsMadeBeforeAnyItemIsChecked() {
		Rule broken = RuleEngineTests.comparison("value +", Operator.GE, "0", MissingPolicy.SKIP);
		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.of(List.of(RuleEngineTests.TYPE, broken)))
			.withMessageContaining("Rule CHECK cannot be checked: left side: at position 8");
		Rule draft = new Rule("CHECK", "检查", RuleKind.COMPARISON, "value +", Operator.GE, "0", Importance.ERROR,
				MissingPolicy.SKIP, null, false, null);
		assertThatNoException().isThrownBy(() -> RuleSet.of(List.of(draft)));
	}

	@Test
	void checksEachOfManyItemsAsTheEngineDoes() {
		List<Rule> rules = List.of(RuleEngineTests.TYPE, RuleEngineTests.REQUIRED, RuleEngineTests.UNIT, NOT_ABOVE);
		RuleSet set = RuleSet.of(rules);
		List<ItemFacts> items = List.of(Items.rate().typed("abc").build(), Items.tonnes().build(),
				Items.rate().numerator("60").denominator("50").build(), Items.rate().typed("60.5").build(),
				Items.tonnes().typed("12").reportedUnit("吨").build());
		for (ItemFacts item : items) {
			assertThat(set.check(item)).as(item.code()).isEqualTo(new RuleEngine().check(rules, item));
		}
		assertThat(items.stream().flatMap((item) -> set.check(item).stream()).map(Violation::ruleCode))
			.containsExactly("TYPE", "REQUIRED", "REQUIRED", "CHECK", "UNIT");
	}

}
