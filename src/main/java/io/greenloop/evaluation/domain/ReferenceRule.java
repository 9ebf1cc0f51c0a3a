package io.greenloop.evaluation.domain;

/**
 * Targets without a figure, met against an earlier value of the same indicator: negative
 * growth (负增长, below the previous year), not below the base (不降低, at least the baseline)
 * and stable or better (稳中向好, no worse than the baseline, or than the previous year when
 * there is no baseline, allowing {@link Thresholds#stableTolerance()} as stable). Being
 * worse than the baseline is 严重滞后, as for the targets with a figure; missing only the
 * year-on-year comparison is 滞后. The reference of 不降低 is the baseline and nothing else: a
 * later year would move the bar.
 */
final class ReferenceRule {

	private final Thresholds thresholds;

	ReferenceRule(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	Evaluation evaluate(TargetSpec spec, MeasureSeries series, int year, Draft draft) {
		series.describe(year, draft);
		Double value = series.at(year);
		if (value == null) {
			return draft.conclude(Status.NO_DATA, Phrase.fill("%d年没有值。", year),
					Phrase.fill("There is no value for %d.", year));
		}
		draft.value(value);
		draft.projection(project(spec, series, year));
		return switch (spec.comparison()) {
			case NEGATIVE_GROWTH -> negativeGrowth(series, year, value, draft);
			case NOT_BELOW_BASE -> notBelowBase(series, value, draft);
			default -> stableOrBetter(spec.direction(), series, year, value, draft);
		};
	}

	private Projection project(TargetSpec spec, MeasureSeries series, int year) {
		int targetYear = spec.target().year();
		return (year < targetYear) ? TrendLine.fit(series.upTo(year), targetYear, spec.shape(), spec.measure()) : null;
	}

	private Evaluation negativeGrowth(MeasureSeries series, int year, double value, Draft draft) {
		Double previous = series.at(year - 1);
		if (previous == null) {
			return draft.conclude(Status.NO_DATA, Phrase.fill("负增长需要上一年（%d年）的值。", year - 1),
					Phrase.fill("Negative growth needs the value of the previous year %d.", year - 1));
		}
		draft.input(Input.Role.PREVIOUS, year - 1, previous).target(previous).gapToTarget(previous - value);
		String change = Figures.percent(previous != 0 ? (value - previous) / Math.abs(previous) : 0);
		String compared = Phrase.fill("%d年%s，上一年%s", year, Figures.text(value), Figures.text(previous))
				+ ((previous != 0) ? "，变化" + change : "");
		String comparedEn = Phrase.fill("%s in %d against %s the year before", Figures.text(value), year,
				Figures.text(previous)) + ((previous != 0) ? " (" + change + ")" : "");
		if (Figures.compare(value, previous) < 0) {
			return draft.conclude(Status.ACHIEVED, compared + "：负增长。", comparedEn + ": negative growth.");
		}
		Double base = series.baseline();
		if (base != null && Figures.compare(value, base) > 0) {
			return draft.conclude(Status.SERIOUSLY_LAGGING,
					compared + Phrase.fill("：未下降，且高于基期值%s。", Figures.text(base)),
					comparedEn + Phrase.fill(": no fall, and above the baseline %s.", Figures.text(base)));
		}
		return draft.conclude(Status.LAGGING, compared + "：未下降。", comparedEn + ": no fall.");
	}

	private Evaluation notBelowBase(MeasureSeries series, double value, Draft draft) {
		Double base = series.baseline();
		if (base == null) {
			return draft.conclude(Status.NO_DATA, "“不降低”需要基期值，规划与观测都没有。",
					"\"Not below the base\" needs a baseline; neither the plan nor the observations give one.");
		}
		draft.target(base).gapToTarget(value - base);
		if (Figures.compare(value, base) >= 0) {
			return draft.conclude(Status.ACHIEVED,
					Phrase.fill("现值%s不低于基期值%s。", Figures.text(value), Figures.text(base)),
					Phrase.fill("The value %s is not below the baseline %s.", Figures.text(value), Figures.text(base)));
		}
		return draft.conclude(Status.SERIOUSLY_LAGGING,
				Phrase.fill("现值%s低于基期值%s。", Figures.text(value), Figures.text(base)),
				Phrase.fill("The value %s is below the baseline %s.", Figures.text(value), Figures.text(base)));
	}

	private Evaluation stableOrBetter(Direction direction, MeasureSeries series, int year, double value, Draft draft) {
		Double reference = series.baseline();
		boolean baseline = reference != null;
		if (!baseline) {
			reference = series.at(year - 1);
			if (reference == null) {
				return draft.conclude(Status.NO_DATA, "“稳中向好”需要基期值或上一年的值。",
						"\"Stable or better\" needs a baseline or the previous year's value.");
			}
			draft.input(Input.Role.PREVIOUS, year - 1, reference);
		}
		double better = direction.better(value, reference);
		double tolerance = this.thresholds.stableTolerance() * Math.abs(reference);
		draft.target(reference).gapToTarget(better);
		String against = (baseline ? "基期值" : "上一年的值") + Figures.text(reference);
		String againstEn = (baseline ? "the baseline " : "the previous year's ") + Figures.text(reference);
		String compared = Phrase.fill("现值%s，对比%s（%s，稳定容差%s）", Figures.text(value), against, direction.zh(),
				Figures.text(tolerance));
		String comparedEn = Phrase.fill("The value %s against %s (%s, stable within %s)", Figures.text(value),
				againstEn, direction.en(), Figures.text(tolerance));
		if (Figures.compare(better, 0) >= 0) {
			return draft.conclude(Status.ACHIEVED, compared + "：向好或持平。", comparedEn + ": as good or better.");
		}
		if (Figures.compare(-better, tolerance) <= 0) {
			return draft.conclude(Status.ON_TRACK, compared + "：略差但在容差内，视为稳定。",
					comparedEn + ": slightly worse, within the tolerance, so stable.");
		}
		Status status = baseline ? Status.SERIOUSLY_LAGGING : Status.LAGGING;
		return draft.conclude(status, compared + "：变差超出容差 → " + status.zh() + "。",
				comparedEn + ": worse beyond the tolerance → " + status.en() + ".");
	}

}
