package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Projects the target-year value from the observed years by ordinary least squares. Least
 * squares rather than the compound annual growth rate between the first and the last
 * value: it uses every year, so one odd year (2020's pandemic dip, a revised statistic)
 * moves it less, and it works through zero and sign changes, where a growth rate does
 * not. On a compound trajectory it fits a constant rate instead (least squares on the
 * logarithm of the level), which is the same idea as a growth rate but over all years;
 * when the level touches zero or changes sign it falls back to the line.
 */
final class TrendLine {

	private TrendLine() {
	}

	/** The projection to the year, or null with fewer than two years of data. */
	static Projection fit(SortedMap<Integer, Double> points, int year, TrajectoryShape shape, MeasureKind measure) {
		if (points.size() < 2) {
			return null;
		}
		if (shape == TrajectoryShape.COMPOUND) {
			Projection rate = constantRate(points, year, measure);
			if (rate != null) {
				return rate;
			}
		}
		double[] line = leastSquares(points, DoubleUnaryOperator.identity());
		return projection(points, year, at(line, year), Projection.Method.LEAST_SQUARES_LINE, line[2]);
	}

	private static Projection constantRate(SortedMap<Integer, Double> points, int year, MeasureKind measure) {
		double sign = Math.signum(points.get(points.firstKey()));
		boolean possible = switch (measure) {
			case LEVEL -> sign != 0 && points.values().stream().allMatch((v) -> Math.signum(v) == sign);
			case DECLINE_FROM_BASE -> points.values().stream().allMatch((v) -> v < 100);
			case INCREASE_FROM_BASE -> points.values().stream().allMatch((v) -> v > -100);
			case ABSOLUTE_CHANGE -> false;
		};
		if (!possible) {
			return null;
		}
		DoubleUnaryOperator toLevel = switch (measure) {
			case DECLINE_FROM_BASE -> (v) -> 1 - v / 100;
			case INCREASE_FROM_BASE -> (v) -> 1 + v / 100;
			default -> (v) -> v * sign;
		};
		double[] line = leastSquares(points, toLevel.andThen(StrictMath::log));
		double level = StrictMath.exp(at(line, year));
		double value = switch (measure) {
			case DECLINE_FROM_BASE -> (1 - level) * 100;
			case INCREASE_FROM_BASE -> (level - 1) * 100;
			default -> level * sign;
		};
		return projection(points, year, value, Projection.Method.LEAST_SQUARES_CONSTANT_RATE,
				StrictMath.exp(line[2]) - 1);
	}

	/**
	 * The least-squares line through (year, f(value)), as its centre (mean year, mean f)
	 * and slope: centred, so that years near 2020 cost no precision.
	 */
	private static double[] leastSquares(SortedMap<Integer, Double> points, DoubleUnaryOperator f) {
		double meanX = points.keySet().stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
		double meanY = points.values().stream().mapToDouble(f::applyAsDouble).average().orElseThrow();
		double sxx = 0;
		double sxy = 0;
		for (var point : points.entrySet()) {
			double dx = point.getKey() - meanX;
			sxx += dx * dx;
			sxy += dx * (f.applyAsDouble(point.getValue()) - meanY);
		}
		return new double[] { meanX, meanY, sxy / sxx };
	}

	private static double at(double[] line, int year) {
		return line[1] + line[2] * (year - line[0]);
	}

	private static Projection projection(SortedMap<Integer, Double> points, int year, double value,
			Projection.Method method, double slope) {
		SortedMap<Integer, BigDecimal> used = new TreeMap<>();
		points.forEach((y, v) -> used.put(y, Figures.decimal(v)));
		return new Projection(year, Figures.decimal(value), method, Figures.decimal(slope), used, null);
	}

	/** Says how the projection was made and whether it meets the target. */
	static void describe(Projection projection, Narrative narrative) {
		String years = projection.points().firstKey() + "—" + projection.points().lastKey();
		int n = projection.points().size();
		String value = Figures.text(projection.value().doubleValue());
		String slope = (projection.method() == Projection.Method.LEAST_SQUARES_LINE)
				? Figures.text(projection.annualChange().doubleValue())
				: Figures.rate(projection.annualChange().doubleValue());
		String meets = (projection.meetsTarget() == null) ? "" : projection.meetsTarget() ? "，可达到目标" : "，达不到目标";
		String meetsEn = (projection.meetsTarget() == null) ? ""
				: projection.meetsTarget() ? ", meeting the target" : ", short of the target";
		String how = (projection.method() == Projection.Method.LEAST_SQUARES_LINE) ? "最小二乘直线" : "最小二乘恒定年率";
		String howEn = (projection.method() == Projection.Method.LEAST_SQUARES_LINE) ? "a least-squares line"
				: "a least-squares constant rate";
		narrative.say(
				Phrase.fill("按%s（%s年%d个点，每年%s）外推，%d年预计%s%s。", how, years, n, slope, projection.year(), value, meets),
				Phrase.fill("By %s through %d points (%s, %s a year) the value in %d would be %s%s.", howEn, n, years,
						slope, projection.year(), value, meetsEn));
	}

}
