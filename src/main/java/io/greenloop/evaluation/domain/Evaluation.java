package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where one target stands in one year by the plan trajectory method. Numbers are in the
 * target's measure (the level, or the cumulative change since the base year); shares are
 * fractions (0.6 = 60%). Every field the computation could not fill is null, and the
 * explanation says why.
 *
 * @param year the year evaluated
 * @param status the status
 * @param value the value of the measure in the year
 * @param target the figure the value is compared with this year: the target, the bound of
 * a range being approached, the year's assigned figure, or the reference value
 * @param expected the value expected on the trajectory in this year
 * @param progress the share of the way from baseline to target covered: 0 at the
 * baseline, 1 at the target, negative when worse than the baseline
 * @param expectedProgress the share the trajectory expects by this year
 * @param gap value − expected, signed so that positive is ahead (better)
 * @param gapToTarget value − target, signed so that positive is better
 * @param shape the trajectory shape used (linear when compound was impossible)
 * @param annualRate for a compound trajectory, the constant yearly rate of change of the
 * underlying level (−0.0331 = −3.31% a year)
 * @param projection the target-year value projected from the trend
 * @param judgement the reviewer's judgement the status comes from, if any
 * @param explanation how it was computed
 * @param inputs the numbers used
 */
public record Evaluation(int year, Status status, BigDecimal value, BigDecimal target, BigDecimal expected,
		BigDecimal progress, BigDecimal expectedProgress, BigDecimal gap, BigDecimal gapToTarget, TrajectoryShape shape,
		BigDecimal annualRate, Projection projection, Judgement judgement, Explanation explanation,
		List<Input> inputs) implements Outcome {

	public Evaluation {
		inputs = List.copyOf(inputs);
	}

	/** This result, with the status a reviewer gave and their reason added. */
	Evaluation judgedBy(Judgement by) {
		String zh = Phrase.fill("%s人工评定（%d年，%s）：%s，理由：%s。", this.explanation.zh(), by.year(), by.reviewer(),
				by.status().zh(), by.reason());
		String en = Phrase.fill("%s Judged by %s for %d: %s, because: %s.", this.explanation.en(), by.reviewer(),
				by.year(), by.status().en(), by.reason());
		return new Evaluation(this.year, by.status(), this.value, this.target, this.expected, this.progress,
				this.expectedProgress, this.gap, this.gapToTarget, this.shape, this.annualRate, this.projection, by,
				new Explanation(zh, en), this.inputs);
	}

}
