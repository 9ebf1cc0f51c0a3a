package io.greenloop.evaluation.domain;

/**
 * Targets met by a value clearing a bar (≥, >, ≤, <, =, ≈, a range, elimination, a yearly
 * assigned figure), judged against the trajectory from the baseline to the bar.
 * <p>
 * Progress is measured in the target's own measure, by difference, never by ratio: (value
 * − baseline) / (target − baseline). A baseline of 0 or one of the other sign needs no
 * special case, and no tiny number stands in for a zero. The status, in this order:
 * <ol>
 * <li>已达标 when the value clears the bar, in the due year or early;</li>
 * <li>严重滞后 when the value is worse than the baseline;</li>
 * <li>滞后 when it went past the figure of a band without entering it;</li>
 * <li>按进度 when the progress is at most {@link Thresholds#laggingMargin()} behind what the
 * trajectory expects, before the due year;</li>
 * <li>滞后 when at most {@link Thresholds#seriousMargin()} behind (and in the due year,
 * when the target was missed by no more than that);</li>
 * <li>严重滞后 otherwise.</li>
 * </ol>
 * Without a baseline there is no trajectory: a missed target is 滞后 in its due year and,
 * before it, 按进度 or 滞后 by whether the trend's projection meets it, or 待人工评定 when one year
 * of data cannot make a trend.
 */
final class BoundRule {

	private final Thresholds thresholds;

	BoundRule(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	Evaluation evaluate(TargetSpec spec, MeasureSeries series, int year, Draft draft) {
		Bar bar = Bar.forYear(spec, year, this.thresholds);
		if (bar == null) {
			return draft.conclude(Status.NO_DATA, Phrase.fill("未录入%d年下达的目标值。", year),
					Phrase.fill("No figure has been entered as assigned for %d.", year));
		}
		bar.describe(draft);
		series.describe(year, draft);
		Double value = series.at(year);
		if (value == null) {
			series.describeMissing(year, draft);
			return draft.conclude(Status.NO_DATA, Phrase.fill("%d年没有值。", year),
					Phrase.fill("There is no value for %d.", year));
		}
		draft.value(value);
		Double base = series.baseline();
		double aim = bar.aim((base != null) ? base : value);
		Direction good = goodWay(spec, base, aim);
		draft.target(aim).gapToTarget((good != null) ? good.better(value, aim) : null);
		Projection projection = project(spec, series, year);
		draft.projection(projection);
		if (bar.meets(value)) {
			String early = (year < bar.year()) ? Phrase.fill("，早于%d年的期限", bar.year()) : "";
			String earlyEn = (year < bar.year()) ? Phrase.fill(", ahead of %d", bar.year()) : "";
			return draft.conclude(Status.ACHIEVED, Phrase.fill("%d年值%s已达到目标%s。", year, Figures.text(value), early),
					Phrase.fill("The value %s in %d meets the target%s.", Figures.text(value), year, earlyEn));
		}
		if (base == null || Figures.compare(base, aim) == 0 || bar.meets(base) || bar.year() <= series.baseYear()) {
			boolean baseMet = base != null && (Figures.compare(base, aim) == 0 || bar.meets(base));
			return withoutTrajectory(year, bar, value, baseMet ? base : null, good, projection, draft);
		}
		Trajectory path = Trajectory.of(spec.shape(), spec.measure(), series.baseYear(), base, bar.year(), aim);
		return onTrajectory(year, bar, value, base, aim, good, path, projection, draft);
	}

	/** The stated or fixed direction, else the way from the baseline to the figure. */
	private static Direction goodWay(TargetSpec spec, Double base, double aim) {
		if (spec.effectiveDirection() != null) {
			return spec.effectiveDirection();
		}
		if (base == null || Figures.compare(base, aim) == 0) {
			return null;
		}
		return (aim > base) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
	}

	private Projection project(TargetSpec spec, MeasureSeries series, int year) {
		int targetYear = spec.target().year();
		if (year >= targetYear) {
			return null;
		}
		Projection projection = TrendLine.fit(series.upTo(year), targetYear, spec.shape(), spec.measure());
		if (projection == null) {
			return null;
		}
		Bar due = Bar.forYear(spec, targetYear, this.thresholds);
		return projection.meeting((due != null) ? due.meets(projection.value().doubleValue()) : null);
	}

	/**
	 * Without a trajectory; {@code metBase} is the baseline when it already met the
	 * target.
	 */
	private Evaluation withoutTrajectory(int year, Bar bar, double value, Double metBase, Direction good,
			Projection projection, Draft draft) {
		if (metBase != null) {
			double base = metBase;
			if (good != null && Figures.compare(good.better(value, base), 0) < 0) {
				return draft.conclude(Status.SERIOUSLY_LAGGING, "基期值已达到或等于目标，现值未达标且比基期差。",
						"The baseline already met or equalled the target; the value misses it and is worse than the baseline.");
			}
			return draft.conclude(Status.LAGGING, "基期值已达到或等于目标，现值未达标。",
					"The baseline already met or equalled the target; the value misses it.");
		}
		if (year >= bar.year()) {
			return draft.conclude(Status.LAGGING, "已到期限仍未达标；没有从基期出发的轨迹可衡量进度。",
					"The due year has come and the target is missed; there is no trajectory from a baseline to measure"
							+ " progress by.");
		}
		if (projection != null && projection.meetsTarget() != null) {
			TrendLine.describe(projection, draft.narrative);
			Status status = projection.meetsTarget() ? Status.ON_TRACK : Status.LAGGING;
			return draft.conclude(status, Phrase.fill("没有基期值，按趋势判定为%s。", status.zh()),
					Phrase.fill("Without a baseline the trend decides: %s.", status.en()));
		}
		return draft.conclude(Status.NEEDS_JUDGEMENT, "尚未达标；没有基期值，数据也不足以外推趋势，需人工评定。",
				"Not met yet; without a baseline, and with too few years for a trend, a person must judge.");
	}

	private Evaluation onTrajectory(int year, Bar bar, double value, double base, double aim, Direction good,
			Trajectory path, Projection projection, Draft draft) {
		path.describe(year, draft.narrative);
		double expected = path.expected(year);
		double progress = (value - base) / (aim - base);
		double expectedProgress = (expected - base) / (aim - base);
		draft.onTrajectory(path, expected, progress, expectedProgress, good.better(value, expected));
		String v = Figures.text(value);
		draft.say(
				Phrase.fill("进度 = (%s − %s) / (%s − %s) = %s，预期进度%s。", v, Figures.text(base), Figures.text(aim),
						Figures.text(base), Figures.percent(progress), Figures.percent(expectedProgress)),
				Phrase.fill("Progress = (%s − %s) / (%s − %s) = %s against %s expected.", v, Figures.text(base),
						Figures.text(aim), Figures.text(base), Figures.percent(progress),
						Figures.percent(expectedProgress)));
		if (projection != null) {
			TrendLine.describe(projection, draft.narrative);
		}
		if (Figures.compare(progress, 1) > 0) {
			return draft.conclude(Status.LAGGING, "已越过目标值，但不在目标范围内。",
					"It went past the figure without landing within the target.");
		}
		if (Figures.compare(progress, 0) < 0) {
			return draft.conclude(Status.SERIOUSLY_LAGGING, "比基期更差。", "It is worse than the baseline.");
		}
		return byMargin(year >= bar.year(), expectedProgress - progress, draft);
	}

	private Evaluation byMargin(boolean due, double behind, Draft draft) {
		String margins = Phrase.fill("滞后阈值%s、严重滞后阈值%s个百分点", Figures.points(this.thresholds.laggingMargin()),
				Figures.points(this.thresholds.seriousMargin()));
		String marginsEn = Phrase.fill("lagging beyond %s, seriously beyond %s points",
				Figures.points(this.thresholds.laggingMargin()), Figures.points(this.thresholds.seriousMargin()));
		String where = (Figures.compare(behind, 0) <= 0) ? "不落后于预期进度" : "落后预期进度" + Figures.points(behind) + "个百分点";
		String whereEn = (Figures.compare(behind, 0) <= 0) ? "not behind the expected progress"
				: Figures.points(behind) + " points behind the expected progress";
		Status status;
		if (!due && Figures.compare(behind, this.thresholds.laggingMargin()) <= 0) {
			status = Status.ON_TRACK;
		}
		else if (Figures.compare(behind, this.thresholds.seriousMargin()) <= 0) {
			status = Status.LAGGING;
		}
		else {
			status = Status.SERIOUSLY_LAGGING;
		}
		String dueZh = due ? "已到期限未达标，" : "";
		String dueEn = due ? "The due year has come without the target; it is " : "It is ";
		return draft.conclude(status, Phrase.fill("%s%s（%s）→ %s。", dueZh, where, margins, status.zh()),
				Phrase.fill("%s%s (%s) → %s.", dueEn, whereEn, marginsEn, status.en()));
	}

}
