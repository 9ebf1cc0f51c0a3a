package io.greenloop.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.greenloop.reporting.domain.rules.ItemFacts;
import io.greenloop.reporting.domain.rules.RuleKind;
import io.greenloop.reporting.domain.rules.RuleSet;
import io.greenloop.reporting.domain.rules.Violation;
import io.greenloop.reporting.persistence.RuleRepository;

import org.springframework.stereotype.Component;

/**
 * Checks typed values against the validation rules an administrator keeps. Saving a draft
 * (in a page or from a workbook) checks every rule but REQUIRED, as a draft may be
 * incomplete; submitting checks them all.
 */
@Component
class ValueChecks {

	private final RuleRepository rules;

	ValueChecks(RuleRepository rules) {
		this.rules = rules;
	}

	/**
	 * The problems of the values.
	 * @param items the items, by code, that the values are for
	 * @param inputs the values as typed
	 * @param previous each item's approved value in the previous period
	 * @param complete whether every value must be present (on submitting)
	 */
	List<ValueProblem> check(Map<String, ReportItem> items, List<ValueInput> inputs, Map<String, BigDecimal> previous,
			boolean complete) {
		RuleSet active = rules(complete);
		List<ValueProblem> problems = new ArrayList<>();
		List<ItemFacts> facts = new ArrayList<>();
		for (ValueInput input : inputs) {
			ReportItem item = items.get(input.itemCode());
			if (item == null) {
				problems.add(problem(input.itemCode(), null, "code", "UNKNOWN_ITEM", "指标不在本表",
						"本表没有编号为“%s”的指标".formatted(input.itemCode()),
						"this form has no item “%s”".formatted(input.itemCode())));
				continue;
			}
			problems.addAll(ValueLimits.check(item, input));
			facts.add(facts(item, input, previous.get(item.code())));
		}
		facts.forEach(fact -> active.check(fact).forEach(violation -> problems.add(problem(violation))));
		return problems;
	}

	/**
	 * The rules in force, read and parsed once, to check many values against.
	 * @param complete whether REQUIRED is checked too (on submitting)
	 */
	RuleSet rules(boolean complete) {
		return RuleSet
			.of(this.rules.findAll().stream().filter(rule -> complete || rule.kind() != RuleKind.REQUIRED).toList());
	}

	/** The problems of one value of an item, against rules already read and parsed. */
	List<ValueProblem> checkOne(RuleSet rules, ReportItem item, ValueInput input, BigDecimal previous) {
		List<ValueProblem> problems = new ArrayList<>(ValueLimits.check(item, input));
		rules.check(facts(item, input, previous)).forEach(violation -> problems.add(problem(violation)));
		return problems;
	}

	static ItemFacts facts(ReportItem item, ValueInput input, BigDecimal previous) {
		return new ItemFacts(item.code(), item.name(), item.unit(), item.numeric(), item.measure(), item.concept(),
				input.value(), item.numeric() ? ItemFacts.parseValue(input.value()) : null,
				ItemFacts.parseValue(input.numerator()), ItemFacts.parseValue(input.denominator()), input.unit(),
				previous, item.targetValue(), item.baselineValue());
	}

	/** A rule's finding, on the field the rule looks at. */
	private static ValueProblem problem(Violation violation) {
		return new ValueProblem(violation.itemCode(), violation.itemName(), field(violation.ruleCode()),
				violation.ruleCode(), violation.ruleName(), violation.importance().name(),
				violation.message(Locale.SIMPLIFIED_CHINESE), violation.message(Locale.ENGLISH), null, null);
	}

	private static String field(String ruleCode) {
		return switch (ruleCode) {
			case "UNIT" -> "unit";
			case "NUMERATOR_NOT_ABOVE_DENOMINATOR" -> "numerator";
			default -> "value";
		};
	}

	private static ValueProblem problem(String code, String name, String field, String rule, String ruleName, String zh,
			String en) {
		return new ValueProblem(code, name, field, rule, ruleName, "ERROR", zh, en, null, null);
	}

}
