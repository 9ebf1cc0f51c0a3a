package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The functions an expression may call; few, because rules compare figures, not model
 * them.
 */
enum MathFunction {

	ABS("abs", 1, 1), MIN("min", 2, Integer.MAX_VALUE), MAX("max", 2, Integer.MAX_VALUE);

	private final String identifier;

	private final int fewest;

	private final int most;

	MathFunction(String identifier, int fewest, int most) {
		this.identifier = identifier;
		this.fewest = fewest;
		this.most = most;
	}

	String identifier() {
		return this.identifier;
	}

	static Optional<MathFunction> of(String identifier) {
		return Arrays.stream(values()).filter((function) -> function.identifier.equals(identifier)).findFirst();
	}

	/** Refuses a call of a name that is no function, listing those that are. */
	static Wording unknown(String name) {
		String known = Arrays.stream(values()).map(MathFunction::identifier).collect(Collectors.joining(", "));
		if (Variable.of(name).isPresent()) {
			return Wording.of("“" + name + "”是变量，不是函数；可用的函数有" + known,
					"'" + name + "' is a variable, not a function; the functions are " + known);
		}
		return Wording.of("未知函数“" + name + "”，可用的函数有" + known,
				"unknown function '" + name + "'; the functions are " + known);
	}

	/** Null if the count fits, otherwise what is wrong with it. */
	Wording arityProblem(int count) {
		if (count >= this.fewest && count <= this.most) {
			return null;
		}
		if (this.fewest == this.most) {
			return Wording.of("%s需要%d个参数，实际为%d个".formatted(this.identifier, this.fewest, count),
					"%s takes %d argument(s), not %d".formatted(this.identifier, this.fewest, count));
		}
		return Wording.of("%s至少需要%d个参数，实际为%d个".formatted(this.identifier, this.fewest, count),
				"%s takes at least %d arguments, not %d".formatted(this.identifier, this.fewest, count));
	}

	BigDecimal apply(List<BigDecimal> arguments) {
		return switch (this) {
			case ABS -> arguments.get(0).abs();
			case MIN -> arguments.stream().min(BigDecimal::compareTo).orElseThrow();
			case MAX -> arguments.stream().max(BigDecimal::compareTo).orElseThrow();
		};
	}

}
