package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a rule's left side must relate to its right side. Numbers compare by value, so 60
 * and 60.00 are equal. {@link #BETWEEN} takes two bounds, "0, 100", and includes them.
 */
public enum Operator {

	LT("<", "<", "不小于", "is not less than"), LE("≤", "<=", "大于", "is greater than"),
	EQ("=", "==", "不等于", "does not equal"), NE("≠", "!=", "等于", "equals"), GE("≥", ">=", "小于", "is less than"),
	GT(">", ">", "不大于", "is not greater than"), BETWEEN("∈", "between", "不在", "is not between");

	private final String symbol;

	private final String ascii;

	private final Wording failure;

	Operator(String symbol, String ascii, String zhFailure, String enFailure) {
		this.symbol = symbol;
		this.ascii = ascii;
		this.failure = Wording.of(zhFailure, enFailure);
	}

	/** How the rule page shows it: "<", "≤", "=", "≠", "≥", ">" or "∈". */
	public String symbol() {
		return this.symbol;
	}

	/** How many expressions the right side holds: two for BETWEEN, one otherwise. */
	public int bounds() {
		return (this == BETWEEN) ? 2 : 1;
	}

	/**
	 * Reads an operator as stored or typed: its name ("LE"), its symbol ("≤") or an ASCII
	 * form ("<=", "==", "!=", "between").
	 */
	public static Optional<Operator> of(String text) {
		String wanted = (text != null) ? text.strip() : "";
		return Arrays.stream(values())
			.filter((operator) -> operator.name().equalsIgnoreCase(wanted) || operator.symbol.equals(wanted)
					|| operator.ascii.equalsIgnoreCase(wanted))
			.findFirst();
	}

	/**
	 * Whether {@code left} stands in this relation to the right side.
	 * @param right the bounds, as many as {@link #bounds()}
	 */
	public boolean holds(BigDecimal left, List<BigDecimal> right) {
		if (right.size() != bounds()) {
			throw new IllegalArgumentException(name() + " takes " + bounds() + " bound(s), not " + right.size());
		}
		int order = left.compareTo(right.get(0));
		return switch (this) {
			case LT -> order < 0;
			case LE -> order <= 0;
			case EQ -> order == 0;
			case NE -> order != 0;
			case GE -> order >= 0;
			case GT -> order > 0;
			case BETWEEN -> order >= 0 && left.compareTo(right.get(1)) <= 0;
		};
	}

	/** Says that the relation does not hold: "填报值120不在0至100之间", "分子50大于分母40". */
	Wording failure(Wording left, List<Wording> right) {
		if (this == BETWEEN) {
			return Wording.of(left.zh() + this.failure.zh() + right.get(0).zh() + "至" + right.get(1).zh() + "之间",
					left.en() + " " + this.failure.en() + " " + right.get(0).en() + " and " + right.get(1).en());
		}
		return Wording.of(left.zh() + this.failure.zh() + right.get(0).zh(),
				left.en() + " " + this.failure.en() + " " + right.get(0).en());
	}

}
