package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link Expression} comes to for one item. A rule must tell "the numerator is
 * 50, above the denominator" from "the numerator was not reported" and from "the
 * denominator is zero", because a rule's {@link MissingPolicy} decides what the last two
 * mean.
 */
public sealed interface Evaluation permits Evaluation.Value, Evaluation.Missing, Evaluation.Undefined {

	/**
	 * A number.
	 *
	 * @param value never null
	 */
	record Value(BigDecimal value) implements Evaluation {

		public Value {
			Objects.requireNonNull(value, "value");
		}

	}

	/**
	 * Some variables the expression needs have no value for this item.
	 *
	 * @param variables their identifiers, in the order the expression names them
	 */
	record Missing(Set<String> variables) implements Evaluation {

		public Missing {
			variables = Collections.unmodifiableSet(new LinkedHashSet<>(variables));
		}

	}

	/**
	 * The expression has no value although every variable has one: a division by zero,
	 * such as a jump measured against a previous value of 0.
	 *
	 * @param divisor the divisor that came to zero, as written in the expression
	 */
	record Undefined(String divisor) implements Evaluation {

		/** Why there is no value, such as "除数“denominator”为零". */
		public String reason(Locale locale) {
			return reason().in(locale);
		}

		Wording reason() {
			return Wording.of("除数“" + this.divisor + "”为零", "the divisor '" + this.divisor + "' is zero");
		}

	}

}
