package io.greenloop.reporting.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;

/**
 * Made-up but plausible figures of one target for the years 2021–2024, the demonstration
 * data (演示数据) of the demo profile. Each target draws from a generator of its own, seeded
 * with a fixed number and the target's code, so the same catalogue gives the same figures
 * on every start and in every test, whatever the order of the targets.
 * <p>
 * A target's pace is drawn once: most keep to the way from the baseline to the target
 * figure, some lag, a few fall far behind and a few reach the target early. Progress
 * never goes back. The figures respect the target's direction, stay within 0–100 for
 * percentages, are whole numbers for counts, and state a cumulative decline or increase
 * as the percentage since the base year (on the compound path the evaluation expects).
 * Without a baseline the figures start from a made-up level below the figure (above it
 * when lower is better); a baseline that already meets the target is held, with a small
 * slip for the laggards.
 * <p>
 * Only targets with something to compare a figure with get figures: a figure to reach,
 * elimination of something counted in a unit, or a baseline not to fall below.
 * Milestones, figures a higher level assigns each year and negative growth without a
 * baseline get none.
 */
final class DemoFigures {

	static final long SEED = 20_211_231L;

	static final int FIRST_YEAR = 2021;

	static final int LAST_YEAR = 2024;

	private static final Set<String> COUNTS = Set.of("个", "家", "种", "起", "天");

	private DemoFigures() {
	}

	/**
	 * The figures of the target for 2021–2024, by year; empty when it takes none.
	 * @param planStartYear where the figures of the target's plan start, for a target
	 * without a base year: the plan's base year, else the year before its period
	 */
	static SortedMap<Integer, BigDecimal> of(IndicatorView target, Integer planStartYear) {
		Course course = Course.of(target, planStartYear);
		if (course == null) {
			return new TreeMap<>();
		}
		Random random = new Random(mix(SEED * 31 + target.code().hashCode()));
		Pace pace = Pace.draw(random);
		double start = course.start(random);
		double rate = pace.rate(random);
		double overshoot = 0.02 + 0.08 * random.nextDouble();
		SortedMap<Integer, BigDecimal> figures = new TreeMap<>();
		double progress = 0;
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			double value;
			if (course.met(start)) {
				value = course.held(start, pace, random);
			}
			else {
				double drawn = rate * course.expected(year) + (random.nextDouble() - 0.5) * 0.04;
				progress = Math.max(progress, (pace == Pace.EARLY) ? drawn : Math.min(drawn, 1));
				value = start + (course.aim() - start) * ((progress >= 1) ? 1 + overshoot : progress);
			}
			figures.put(year, course.rounded(value));
		}
		return figures;
	}

	/**
	 * Scatters nearby seeds (the codes 003-T01, 003-T02... hash to neighbours), whose
	 * first draws from {@link Random} would otherwise be nearly the same: the finaliser
	 * of SplitMix64.
	 */
	private static long mix(long seed) {
		long z = seed + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** How fast a target moves towards its figure, against the trajectory. */
	enum Pace {

		EARLY, ON_TRACK, LAGGING, FAR_BEHIND;

		static Pace draw(Random random) {
			double u = random.nextDouble();
			return (u < 0.12) ? EARLY : (u < 0.62) ? ON_TRACK : (u < 0.85) ? LAGGING : FAR_BEHIND;
		}

		/** The share of the expected progress made. */
		double rate(Random random) {
			double u = random.nextDouble();
			return switch (this) {
				case EARLY -> 1.35 + 0.3 * u;
				case ON_TRACK -> 1.0 + 0.12 * u;
				case LAGGING -> 0.72 + 0.1 * u;
				case FAR_BEHIND -> 0.3 + 0.25 * u;
			};
		}

	}

	/**
	 * The way a target's figures go: from a start in the base year towards an aim in the
	 * due year, with the sign of the better direction (+1 higher, −1 lower).
	 */
	private record Course(IndicatorView target, Double baseline, double aim, int sign, int baseYear, int dueYear) {

		static Course of(IndicatorView target, Integer planStartYear) {
			IndicatorView.Target figure = target.target();
			IndicatorView.Baseline printed = target.baseline();
			Double level = (printed != null && printed.value() != null && !printed.cumulative())
					? printed.value().doubleValue() : null;
			Double baseline = isChange(target.measure()) ? Double.valueOf(0) : level;
			Double aim = switch (figure.comparator()) {
				case ELIMINATE -> target.unit().isBlank() ? null : Double.valueOf(0);
				case NOT_BELOW_BASE, STABLE_OR_BETTER -> baseline;
				case MILESTONE, ASSIGNED, NEGATIVE_GROWTH -> null;
				default -> figure.value() == null ? null : figure.value().doubleValue();
			};
			Integer baseYear = (printed != null && printed.year() != null) ? printed.year() : planStartYear;
			if (aim == null || baseYear == null || figure.year() <= baseYear) {
				return null;
			}
			int sign = sign(target, baseline, aim);
			if (sign == 0) {
				return null;
			}
			if (figure.comparator() == TargetComparator.RANGE && sign < 0 && figure.upper() != null) {
				aim = figure.upper().doubleValue();
			}
			return new Course(target, baseline, aim, sign, baseYear, figure.year());
		}

		private static boolean isChange(Measure measure) {
			return measure != Measure.LEVEL;
		}

		private static int sign(IndicatorView target, Double baseline, double aim) {
			if (target.target().comparator() == TargetComparator.ELIMINATE) {
				return -1;
			}
			if (target.direction() != Direction.NONE) {
				return (target.direction() == Direction.HIGHER_IS_BETTER) ? 1 : -1;
			}
			return (baseline == null) ? 0 : (int) Math.signum(aim - baseline);
		}

		/** The baseline, or a made-up level at a distance from the aim. */
		double start(Random random) {
			if (this.baseline != null) {
				return this.baseline;
			}
			double u = random.nextDouble();
			if (this.target.target().comparator() == TargetComparator.ELIMINATE) {
				return isCount() ? 4 + Math.floor(20 * u) : "%".equals(this.target.unit()) ? 2 + 6 * u : 3 + 12 * u;
			}
			if (this.sign > 0) {
				return (isCount() && this.aim <= 2) ? 0 : this.aim * (0.5 + 0.3 * u);
			}
			return this.aim * (1.2 + 0.3 * u);
		}

		/** Whether the start already meets the aim: it is then held. */
		boolean met(double start) {
			return this.sign * (start - this.aim) >= 0;
		}

		/** A held level: a little better, or a little worse for the laggards. */
		double held(double start, Pace pace, Random random) {
			double slip = Math.abs(start) * (0.005 + 0.025 * random.nextDouble());
			boolean better = pace == Pace.EARLY || pace == Pace.ON_TRACK;
			return start + this.sign * (better ? slip : -slip);
		}

		/**
		 * The share of the way expected by the year: linear, or compound for a cumulative
		 * decline or increase (a constant yearly rate).
		 */
		double expected(int year) {
			double t = Math.min(1, Math.max(0, (year - this.baseYear) / (double) (this.dueYear - this.baseYear)));
			double rate = this.aim / 100;
			return switch (this.target.measure()) {
				case DECLINE_FROM_BASE -> (rate > 0 && rate < 1) ? (1 - Math.pow(1 - rate, t)) / rate : t;
				case INCREASE_FROM_BASE -> (rate > 0) ? (Math.pow(1 + rate, t) - 1) / rate : t;
				default -> t;
			};
		}

		/** Within 0–100 for a percentage and not negative for a level; rounded. */
		BigDecimal rounded(double value) {
			Measure measure = this.target.measure();
			if ("%".equals(this.target.unit()) && measure != Measure.ABSOLUTE_CHANGE) {
				value = Math.min(100, value);
			}
			if (measure != Measure.ABSOLUTE_CHANGE) {
				value = Math.max(0, value);
			}
			return BigDecimal.valueOf(value).setScale(isCount() ? 0 : scale(), RoundingMode.HALF_UP);
		}

		private boolean isCount() {
			String unit = this.target.unit();
			return COUNTS.contains(unit) || unit.startsWith("次");
		}

		/** As many decimals as the plan prints, at least one and at most three. */
		private int scale() {
			int scale = Math.max(scaleOf(this.target.target().value()),
					scaleOf(this.target.baseline() == null ? null : this.target.baseline().value()));
			return Math.min(3, Math.max(1, scale));
		}

		private static int scaleOf(BigDecimal figure) {
			return (figure == null) ? 0 : Math.max(0, figure.stripTrailingZeros().scale());
		}

	}

}
