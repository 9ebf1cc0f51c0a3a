package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OperatorTests {

	@Test
	void lessThanExcludesTheRightSide() {
		assertThat(holds(Operator.LT, "59.9", "60")).isTrue();
		assertThat(holds(Operator.LT, "60", "60")).isFalse();
		assertThat(holds(Operator.LT, "61", "60")).isFalse();
	}

	@Test
	void atMostIncludesTheRightSide() {
		assertThat(holds(Operator.LE, "59.9", "60")).isTrue();
		assertThat(holds(Operator.LE, "60", "60")).isTrue();
		assertThat(holds(Operator.LE, "60.1", "60")).isFalse();
	}

	@Test
	void equalsComparesByValueNotScale() {
		assertThat(holds(Operator.EQ, "60.00", "60")).isTrue();
		assertThat(holds(Operator.EQ, "60.01", "60")).isFalse();
		assertThat(holds(Operator.NE, "60.01", "60")).isTrue();
		assertThat(holds(Operator.NE, "60.0", "60")).isFalse();
	}

	@Test
	void atLeastIncludesTheRightSide() {
		assertThat(holds(Operator.GE, "60", "60")).isTrue();
		assertThat(holds(Operator.GE, "70", "60")).isTrue();
		assertThat(holds(Operator.GE, "59.99", "60")).isFalse();
	}

	@Test
	void greaterThanExcludesTheRightSide() {
		assertThat(holds(Operator.GT, "60.01", "60")).isTrue();
		assertThat(holds(Operator.GT, "60", "60")).isFalse();
	}

	@Test
	void betweenIncludesBothBounds() {
		assertThat(holds(Operator.BETWEEN, "0", "0", "100")).isTrue();
		assertThat(holds(Operator.BETWEEN, "100", "0", "100")).isTrue();
		assertThat(holds(Operator.BETWEEN, "55.5", "0", "100")).isTrue();
		assertThat(holds(Operator.BETWEEN, "-0.01", "0", "100")).isFalse();
		assertThat(holds(Operator.BETWEEN, "100.01", "0", "100")).isFalse();
	}

	@Test
	void refusesTheWrongNumberOfBounds() {
		assertThatIllegalArgumentException().isThrownBy(() -> holds(Operator.BETWEEN, "5", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> holds(Operator.LE, "5", "0", "10"));
		assertThat(Operator.BETWEEN.bounds()).isEqualTo(2);
		assertThat(Operator.GE.bounds()).isEqualTo(1);
	}

	@Test
	void showsMathematicalSymbols() {
		assertThat(Operator.values()).extracting(Operator::symbol).containsExactly("<", "≤", "=", "≠", "≥", ">", "∈");
	}

	@Test
	void readsNamesSymbolsAndAsciiForms() {
		assertThat(Operator.of("LE")).contains(Operator.LE);
		assertThat(Operator.of("≤")).contains(Operator.LE);
		assertThat(Operator.of(" <= ")).contains(Operator.LE);
		assertThat(Operator.of("!=")).contains(Operator.NE);
		assertThat(Operator.of("between")).contains(Operator.BETWEEN);
		assertThat(Operator.of("=<")).isEmpty();
		assertThat(Operator.of(null)).isEmpty();
	}

	private static boolean holds(Operator operator, String left, String... right) {
		return operator.holds(new BigDecimal(left), List.of(right).stream().map(BigDecimal::new).toList());
	}

}
