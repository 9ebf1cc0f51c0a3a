package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Short ways to write the inputs of worked examples. */
final class Given {

	private Given() {
	}

	/** year, value, year, value… with values as strings. */
	static Map<Integer, BigDecimal> values(Object... yearsAndValues) {
		Map<Integer, BigDecimal> values = new TreeMap<>();
		for (int i = 0; i < yearsAndValues.length; i += 2) {
			values.put((Integer) yearsAndValues[i], new BigDecimal((String) yearsAndValues[i + 1]));
		}
		return values;
	}

	static Observations measured(Object... yearsAndValues) {
		return Observations.of(values(yearsAndValues));
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	/** ≥ target, higher is better, on a level, linear. */
	static TargetSpec atLeast(int baseYear, String base, int year, String target) {
		return TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.LEVEL,
				(base != null) ? Baseline.of(baseYear, base) : Baseline.yearOnly(baseYear),
				TargetValue.of(year, target));
	}

}
