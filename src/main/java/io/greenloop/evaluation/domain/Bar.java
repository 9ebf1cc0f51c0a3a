package io.greenloop.evaluation.domain;

/**
 * The bar a value must clear in a year: the figure of a bound, the band of a range or of
 * an approximate figure, zero for elimination, or the figure assigned for that very year.
 * An approximate figure or a range with a stated direction is also met beyond it on the
 * better side: exceeding "约20%" when higher is better is not a failure.
 */
record Bar(Comparison comparison, Direction direction, int year, double low, double high, double tolerance) {

	/** The bar for the year, or null when an assigned figure was not entered for it. */
	static Bar forYear(TargetSpec spec, int year, Thresholds thresholds) {
		Comparison comparison = spec.comparison();
		Direction direction = spec.effectiveDirection();
		TargetValue target = spec.target();
		return switch (comparison) {
			case ASSIGNED -> spec.assigned().containsKey(year) ? new Bar(comparison, direction, year,
					spec.assigned().get(year).doubleValue(), spec.assigned().get(year).doubleValue(), 0) : null;
			case ELIMINATE -> new Bar(comparison, direction, target.year(), 0, 0, 0);
			case RANGE -> new Bar(comparison, direction, target.year(), target.value().doubleValue(),
					target.upper().doubleValue(), 0);
			case APPROX -> new Bar(comparison, direction, target.year(), target.value().doubleValue(),
					target.value().doubleValue(), (spec.tolerance() != null) ? spec.tolerance().doubleValue()
							: thresholds.approxTolerance() * Math.abs(target.value().doubleValue()));
			default -> new Bar(comparison, direction, target.year(), target.value().doubleValue(),
					target.value().doubleValue(), 0);
		};
	}

	boolean meets(double value) {
		return switch (this.comparison) {
			case GE -> Figures.compare(value, this.low) >= 0;
			case GT -> Figures.compare(value, this.low) > 0;
			case LE, ELIMINATE -> Figures.compare(value, this.high) <= 0;
			case LT -> Figures.compare(value, this.high) < 0;
			case EQ -> Figures.compare(value, this.low) == 0;
			case ASSIGNED -> Figures.compare(this.direction.better(value, this.low), 0) >= 0;
			case APPROX -> Figures.compare(Math.abs(value - this.low), this.tolerance) <= 0 || beyond(value);
			case RANGE -> (Figures.compare(value, this.low) >= 0 || beyond(value))
					&& (Figures.compare(value, this.high) <= 0 || beyond(value));
			default -> throw new IllegalStateException(this.comparison + " has no bar");
		};
	}

	/** Past the figure or band on the better side, when a direction is stated. */
	private boolean beyond(double value) {
		if (this.direction == null) {
			return false;
		}
		double edge = (this.direction == Direction.HIGHER_IS_BETTER) ? this.high : this.low;
		return Figures.compare(this.direction.better(value, edge), 0) > 0;
	}

	/**
	 * The figure progress is measured towards, seen from a starting value: for a range,
	 * the bound on the better side, or without a direction the bound nearer the start.
	 */
	double aim(double from) {
		if (this.comparison != Comparison.RANGE) {
			return this.low;
		}
		if (this.direction != null) {
			return (this.direction == Direction.HIGHER_IS_BETTER) ? this.low : this.high;
		}
		return (from <= (this.low + this.high) / 2) ? this.low : this.high;
	}

	void describe(Draft draft) {
		String low = Figures.text(this.low);
		String figure = switch (this.comparison) {
			case RANGE -> low + " — " + Figures.text(this.high);
			case APPROX -> "≈ " + low + " ± " + Figures.text(this.tolerance);
			case ELIMINATE -> "→ 0";
			case ASSIGNED -> ((this.direction == Direction.HIGHER_IS_BETTER) ? "≥ " : "≤ ") + low;
			default -> this.comparison.symbol() + " " + low;
		};
		if (this.comparison == Comparison.ASSIGNED) {
			draft.input(Input.Role.ASSIGNED, this.year, this.low)
				.say(Phrase.fill("%d年下达的目标值为%s，目标：%s。", this.year, low, figure),
						Phrase.fill("The figure assigned for %d is %s: target %s.", this.year, low, figure));
			return;
		}
		draft.input(Input.Role.TARGET, this.year, this.low);
		if (this.comparison == Comparison.RANGE) {
			draft.input(Input.Role.TARGET_UPPER, this.year, this.high);
		}
		if (this.comparison == Comparison.APPROX) {
			draft.input(Input.Role.TOLERANCE, this.year, this.tolerance);
		}
		boolean band = this.comparison == Comparison.RANGE || this.comparison == Comparison.APPROX;
		String side = (band && this.direction != null) ? Phrase.fill("（%s，在更好一侧超出也算达标）", this.direction.zh()) : "";
		String sideEn = (band && this.direction != null)
				? Phrase.fill(" (%s: beyond it on the better side also counts)", this.direction.en()) : "";
		draft.say(Phrase.fill("目标：%d年 %s%s。", this.year, figure, side),
				Phrase.fill("Target: %s by %d%s.", figure, this.year, sideEn));
	}

}
