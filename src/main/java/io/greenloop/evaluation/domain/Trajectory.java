package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The expected value of a target's measure in each year from its base year to its due
 * year. Linear: equal steps. Compound: a constant annual rate of the underlying level, so
 * a cumulative decline of 15.5% over five years is 1 − (1 − 0.155)^(1/5) = 3.31% a year
 * and the expected cumulative decline after t years is 1 − (1 − 0.155)^(t/5). A constant
 * rate needs a level that does not pass through zero: with a zero baseline or target, a
 * sign change, or an absolute change, the trajectory is linear and says why
 * ({@link #fallback()}). Before the base year it expects the baseline, after the due year
 * the target.
 */
public final class Trajectory {

	private final TrajectoryShape shape;

	private final MeasureKind measure;

	private final int baseYear;

	private final double base;

	private final int targetYear;

	private final double target;

	/** Compound: the level at the target as a multiple of the level at the base. */
	private final double ratio;

	private final Explanation fallback;

	private Trajectory(TrajectoryShape shape, MeasureKind measure, int baseYear, double base, int targetYear,
			double target, double ratio, Explanation fallback) {
		this.shape = shape;
		this.measure = measure;
		this.baseYear = baseYear;
		this.base = base;
		this.targetYear = targetYear;
		this.target = target;
		this.ratio = ratio;
		this.fallback = fallback;
	}

	/** A trajectory from a baseline to a figure, in the target's measure. */
	public static Trajectory between(TrajectoryShape shape, MeasureKind measure, int baseYear, BigDecimal baseValue,
			int targetYear, BigDecimal targetValue) {
		return of(shape, measure, baseYear, baseValue.doubleValue(), targetYear, targetValue.doubleValue());
	}

	static Trajectory of(TrajectoryShape requested, MeasureKind measure, int baseYear, double base, int targetYear,
			double target) {
		if (targetYear <= baseYear) {
			throw new IllegalArgumentException("目标年须晚于基期年 / the target year must come after the base year");
		}
		if (measure.isChange() && base != 0) {
			throw new IllegalArgumentException("相对基期的变化在基期为0 / a change since the base year starts at 0");
		}
		if (requested == TrajectoryShape.LINEAR) {
			return new Trajectory(TrajectoryShape.LINEAR, measure, baseYear, base, targetYear, target, Double.NaN,
					null);
		}
		double ratio = switch (measure) {
			case LEVEL -> (base != 0 && Math.signum(base) == Math.signum(target)) ? target / base : Double.NaN;
			case DECLINE_FROM_BASE -> (target < 100) ? 1 - target / 100 : Double.NaN;
			case INCREASE_FROM_BASE -> (target > -100) ? 1 + target / 100 : Double.NaN;
			case ABSOLUTE_CHANGE -> Double.NaN;
		};
		if (Double.isNaN(ratio)) {
			Explanation why = new Explanation("复合轨迹需要不经过零的水平（基期值与目标值同号且不为零，且非绝对变化量），故改用线性轨迹。",
					"A constant rate needs a level that does not pass through zero (baseline and target non-zero and of"
							+ " the same sign, not an absolute change), so the trajectory is linear.");
			return new Trajectory(TrajectoryShape.LINEAR, measure, baseYear, base, targetYear, target, Double.NaN, why);
		}
		return new Trajectory(TrajectoryShape.COMPOUND, measure, baseYear, base, targetYear, target, ratio, null);
	}

	/** The shape used: linear when compound was asked for but impossible. */
	public TrajectoryShape shape() {
		return this.shape;
	}

	/** Why a compound trajectory became linear, if it did. */
	public Optional<Explanation> fallback() {
		return Optional.ofNullable(this.fallback);
	}

	/** The value expected in the year. */
	public BigDecimal expectedAt(int year) {
		return Figures.decimal(expected(year));
	}

	/**
	 * For a compound trajectory, the constant yearly rate of change of the underlying
	 * level (−0.0331 for a 15.5% decline over five years); empty for a linear one.
	 */
	public Optional<BigDecimal> annualRate() {
		return Optional.ofNullable(Figures.decimal(annualRateValue()));
	}

	Double annualRateValue() {
		return (this.shape == TrajectoryShape.COMPOUND)
				? StrictMath.pow(this.ratio, 1.0 / (this.targetYear - this.baseYear)) - 1 : null;
	}

	double expected(int year) {
		double share = (double) elapsed(year) / (this.targetYear - this.baseYear);
		if (this.shape == TrajectoryShape.LINEAR) {
			return this.base + (this.target - this.base) * share;
		}
		double level = StrictMath.pow(this.ratio, share);
		return switch (this.measure) {
			case DECLINE_FROM_BASE -> 100 * (1 - level);
			case INCREASE_FROM_BASE -> 100 * (level - 1);
			default -> this.base * level;
		};
	}

	private int elapsed(int year) {
		return Math.min(Math.max(year - this.baseYear, 0), this.targetYear - this.baseYear);
	}

	/** Says how the expected value of the year comes about. */
	void describe(int year, Narrative narrative) {
		if (this.fallback != null) {
			narrative.say(this.fallback.zh(), this.fallback.en());
		}
		String b = Figures.text(this.base);
		String t = Figures.text(this.target);
		String e = Figures.text(expected(year));
		String share = elapsed(year) + "/" + (this.targetYear - this.baseYear);
		if (this.shape == TrajectoryShape.LINEAR) {
			narrative.say(Phrase.fill("线性轨迹：%d年预期值 = %s + (%s − %s) × %s = %s。", year, b, t, b, share, e), Phrase
				.fill("Linear trajectory: expected in %d = %s + (%s − %s) × %s = %s.", year, b, t, b, share, e));
			return;
		}
		String rate = Figures.rate(annualRateValue());
		switch (this.measure) {
			case DECLINE_FROM_BASE -> narrative.say(
					Phrase.fill("复合轨迹：累计下降%s%%折合水平每年变化%s；%d年预期累计下降 = 1 − (1 − %s%%)^(%s) = %s%%。", t, rate, year, t,
							share, e),
					Phrase.fill(
							"Compound trajectory: a cumulative decline of %s%% is %s a year; expected cumulative decline in %d",
							t, rate, year) + Phrase.fill(" = 1 − (1 − %s%%)^(%s) = %s%%.", t, share, e));
			case INCREASE_FROM_BASE -> narrative.say(
					Phrase.fill("复合轨迹：累计增长%s%%折合每年%s；%d年预期累计增长 = (1 + %s%%)^(%s) − 1 = %s%%。", t, rate, year, t, share,
							e),
					Phrase.fill(
							"Compound trajectory: a cumulative increase of %s%% is %s a year; expected cumulative increase in %d",
							t, rate, year) + Phrase.fill(" = (1 + %s%%)^(%s) − 1 = %s%%.", t, share, e));
			default -> narrative.say(
					Phrase.fill("复合轨迹（每年%s）：%d年预期值 = %s × (%s / %s)^(%s) = %s。", rate, year, b, t, b, share, e),
					Phrase.fill("Compound trajectory (%s a year): expected in %d = %s × (%s / %s)^(%s) = %s.", rate,
							year, b, t, b, share, e));
		}
	}

}
