package io.greenloop.supervision.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvestmentOutliersTests {

	@Test
	void flagsFiguresAnOrderOfMagnitudeAboveOrBelowTheMedian() {
		// median 10000: 100001 is above ten times it, 999 below a tenth
		assertThat(InvestmentOutliers.of(amounts("9000", "10000", "100001", "12000", "999", "10000", "11000")))
			.containsExactly(2, 4);
	}

	@Test
	void keepsFiguresWithinTheFactor() {
		assertThat(InvestmentOutliers.of(amounts("1000", "10000", "100000", "10000", "9678.7"))).isEmpty();
	}

	@Test
	void ignoresMissingFiguresAndListsTooShortToJudge() {
		assertThat(InvestmentOutliers.of(Arrays.asList(null, new BigDecimal("5"), new BigDecimal("5000")))).isEmpty();
		assertThat(InvestmentOutliers.of(Arrays.asList(new BigDecimal("10"), null, new BigDecimal("10"),
				new BigDecimal("10"), new BigDecimal("1000"))))
			.containsExactly(4);
	}

	private static List<BigDecimal> amounts(String... figures) {
		return Arrays.stream(figures).map(BigDecimal::new).toList();
	}

}
