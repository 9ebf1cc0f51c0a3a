package io.greenloop.reporting.domain.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.greenloop.shared.Decimals;

/**
 * A {@link Rule} made ready to check items: its expressions parsed once for a whole
 * submission. One small policy per {@link RuleKind}.
 */
sealed interface Check permits Check.Type, Check.Unit, Check.Required, ComparisonCheck {

	Rule rule();

	/**
	 * The violation, if the item breaks the rule; scope and enablement are not looked at.
	 */
	Optional<Violation> apply(ItemFacts item);

	/**
	 * @throws IllegalArgumentException if the rule has {@linkplain Rule#problems
	 * problems}: the rule page refuses to store such a rule, so one reaching the engine
	 * is a bug
	 */
	static Check of(Rule rule) {
		List<Wording> problems = RuleProblems.of(rule);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Rule " + rule.code() + " cannot be checked: "
					+ problems.stream().map(Wording::en).collect(Collectors.joining("; ")));
		}
		return switch (rule.kind()) {
			case TYPE -> new Type(rule);
			case UNIT -> new Unit(rule);
			case REQUIRED -> new Required(rule);
			case COMPARISON ->
				new ComparisonCheck(rule, Expression.parse(rule.left()), Expression.parseList(rule.right()));
		};
	}

	/** The item breaks the rule: the template, if any, explains it in Chinese. */
	default Optional<Violation> broken(ItemFacts item, Wording reason, String left, String right) {
		Map<String, String> placeholders = new HashMap<>();
		placeholders.put("value", (item.value() != null) ? DecimalText.format(item.value())
				: item.typedSomething() ? DecimalText.quoted(item.rawValue()) : "空");
		placeholders.put("previous", DecimalText.format(item.previous()));
		placeholders.put("left", left);
		placeholders.put("right", right);
		return Optional.of(Violation.breaking(rule(), item, rule().importance(), rule().explain(reason, placeholders)));
	}

	/**
	 * A number was typed that is none: "abc", "12,5", "60%"; or one out of range, such as
	 * 1E+100000.
	 */
	record Type(Rule rule) implements Check {

		@Override
		public Optional<Violation> apply(ItemFacts item) {
			if (!item.numeric() || !item.typedSomething() || item.value() != null) {
				return Optional.empty();
			}
			String raw = item.rawValue().strip();
			String quoted = DecimalText.quoted(raw);
			Wording reason = Wording.of("填报值“" + quoted + "”不是数字",
					"the reported value '" + quoted + "' is not a number");
			if (DecimalText.isOutOfRange(raw)) {
				reason = outOfRange(quoted);
			}
			else if (raw.contains(",") || raw.contains("，")) {
				reason = Wording.of(reason.zh() + "（小数点请用“.”，不要用逗号）",
						reason.en() + " (use '.' as the decimal point and no commas)");
			}
			else if (raw.endsWith("%") || raw.endsWith("％")) {
				reason = Wording.of(reason.zh() + "（请只填数字，不带“%”）", reason.en() + " (type the number without '%')");
			}
			return broken(item, reason, "—", "—");
		}

		private static Wording outOfRange(String quoted) {
			return Wording.of("填报值“%s”超出范围：整数部分和小数部分各不能超过%d位".formatted(quoted, Decimals.MAX_DIGITS),
					"the reported value '%s' is out of range: at most %d digits before and %d after the decimal point"
						.formatted(quoted, Decimals.MAX_DIGITS, Decimals.MAX_DIGITS));
		}

	}

	/** A unit was reported that is not the indicator's. */
	record Unit(Rule rule) implements Check {

		@Override
		public Optional<Violation> apply(ItemFacts item) {
			String reported = item.reportedUnit();
			if (reported == null || reported.isBlank() || UnitText.same(reported, item.expectedUnit())) {
				return Optional.empty();
			}
			String expected = UnitText.normalise(item.expectedUnit());
			Wording reason = (expected != null)
					? Wording.of("填报单位“" + reported.strip() + "”与指标单位“" + expected + "”不一致",
							"the reported unit '" + reported.strip() + "' is not the indicator's unit '" + expected
									+ "'")
					: Wording.of("指标没有单位，却填报了单位“" + reported.strip() + "”",
							"the indicator has no unit but '" + reported.strip() + "' was reported");
			return broken(item, reason, "—", "—");
		}

	}

	/**
	 * Nothing was reported. A number typed wrongly ("abc") is the TYPE rule's finding,
	 * not a missing value, so a department is not told twice about one typo.
	 */
	record Required(Rule rule) implements Check {

		@Override
		public Optional<Violation> apply(ItemFacts item) {
			boolean reported = item.numeric() ? item.value() != null || item.typedSomething() : item.typedSomething();
			return reported ? Optional.empty() : broken(item, Wording.of("未填报", "no value was reported"), "—", "—");
		}

	}

}
