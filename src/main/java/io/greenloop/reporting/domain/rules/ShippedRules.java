package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a fresh database is seeded with. They are data like any other rule: an
 * administrator may change a tolerance or disable one, and the codes stay stable so that
 * seeding can tell a shipped rule that was edited from one that is missing.
 */
public final class ShippedRules {

	public static final String TYPE = "TYPE";

	public static final String UNIT = "UNIT";

	public static final String REQUIRED = "REQUIRED";

	public static final String PERCENT_RANGE = "PERCENT_RANGE";

	public static final String NUMERATOR_NOT_ABOVE_DENOMINATOR = "NUMERATOR_NOT_ABOVE_DENOMINATOR";

	public static final String RATE_MATCHES_PARTS = "RATE_MATCHES_PARTS";

	public static final String JUMP = "JUMP";

	/** The share of the previous value a value may move by before JUMP warns. */
	public static final BigDecimal JUMP_SHARE = new BigDecimal("0.5");

	private static final RuleScope PERCENT = new RuleScope("%", null, null, null, true);

	private ShippedRules() {
	}

	public static List<Rule> all() {
		return List.of(kind(TYPE, "填报值须为数字", RuleKind.TYPE, RuleScope.NUMERIC),
				kind(UNIT, "计量单位与指标一致", RuleKind.UNIT, RuleScope.ANY),
				kind(REQUIRED, "必须填报", RuleKind.REQUIRED, RuleScope.ANY),
				comparison(PERCENT_RANGE, "百分比在0至100之间", "value", Operator.BETWEEN, "0, 100", Importance.ERROR,
						new RuleScope("%", "LEVEL", null, null, true), null),
				comparison(NUMERATOR_NOT_ABOVE_DENOMINATOR, "分子不大于分母", "numerator", Operator.LE, "denominator",
						Importance.ERROR, RuleScope.NUMERIC, null),
				comparison(RATE_MATCHES_PARTS, "比率与分子、分母相符", "abs(value - numerator / denominator * 100)", Operator.LE,
						"0.5", Importance.WARNING, PERCENT, "填报值{value}与分子÷分母×100相差{left}，超过0.5个百分点"),
				jump(JUMP_SHARE));
	}

	/**
	 * The JUMP rule for another share, such as 0.3 for "较上期变化不超过30%". The share is in the
	 * right side and, for readers, in the name and the message; an administrator who
	 * changes one changes all three.
	 */
	public static Rule jump(BigDecimal share) {
		String percent = DecimalText.format(share.movePointRight(2)) + "%";
		return comparison(JUMP, "较上期变化不超过" + percent, "abs(value - previous) / abs(previous)", Operator.LE,
				share.toPlainString(), Importance.WARNING, RuleScope.NUMERIC,
				"较上期变化超过" + percent + "：本期{value}，上期{previous}，请核实");
	}

	private static Rule kind(String code, String name, RuleKind kind, RuleScope scope) {
		return new Rule(code, name, kind, null, null, null, Importance.ERROR, MissingPolicy.SKIP, scope, true, null);
	}

	private static Rule comparison(String code, String name, String left, Operator operator, String right,
			Importance importance, RuleScope scope, String message) {
		return new Rule(code, name, RuleKind.COMPARISON, left, operator, right, importance, MissingPolicy.SKIP, scope,
				true, message);
	}

}
