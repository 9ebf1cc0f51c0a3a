package io.greenloop.evaluation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plan trajectory method: where a target stands in a year, from its specification,
 * the observed values and any reviewer's judgements. Stateless apart from its thresholds;
 * the same inputs always give the same result.
 * <ul>
 * <li>Targets with a figure (≥, >, ≤, <, =, ≈, range, elimination, a yearly assigned
 * figure): progress along the trajectory, see {@link BoundRule}.</li>
 * <li>Negative growth, not below the base, stable or better: against an earlier value,
 * see {@link ReferenceRule}.</li>
 * <li>Milestones: 待人工评定 until a reviewer judges.</li>
 * </ul>
 * Whatever ends as 待人工评定 takes the status of a recorded judgement, if there is one for
 * the year (or an ACHIEVED one from an earlier year).
 */
public final class TargetEvaluator {

	private final Thresholds thresholds;

	public TargetEvaluator() {
		this(Thresholds.DEFAULTS);
	}

	public TargetEvaluator(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	public Thresholds thresholds() {
		return this.thresholds;
	}

	public Evaluation evaluate(TargetSpec spec, Observations observations, int year) {
		return evaluate(spec, observations, List.of(), year);
	}

	/**
	 * Evaluates the target in the year.
	 * @param judgements the reviewers' judgements of this target, in the order recorded
	 */
	public Evaluation evaluate(TargetSpec spec, Observations observations, List<Judgement> judgements, int year) {
		Evaluation computed = compute(spec, observations, year);
		if (computed.status() != Status.NEEDS_JUDGEMENT) {
			return computed;
		}
		return judgementFor(judgements, year).map(computed::judgedBy).orElse(computed);
	}

	private Evaluation compute(TargetSpec spec, Observations observations, int year) {
		Draft draft = new Draft(year);
		if (spec.comparison() == Comparison.MILESTONE) {
			return draft.conclude(Status.NEEDS_JUDGEMENT, "定性目标（里程碑），由人工评定。",
					"A qualitative target (milestone), judged by a person.");
		}
		MeasureSeries series = MeasureSeries.of(spec, observations);
		if (series.problem() != null) {
			return draft.conclude(series.problem(), series.why().zh(), series.why().en());
		}
		if (spec.comparison().isBound()) {
			return new BoundRule(this.thresholds).evaluate(spec, series, year, draft);
		}
		return new ReferenceRule(this.thresholds).evaluate(spec, series, year, draft);
	}

	/**
	 * The judgement of the year (the last recorded), else the latest earlier ACHIEVED
	 * one.
	 */
	public static Optional<Judgement> judgementFor(List<Judgement> judgements, int year) {
		Optional<Judgement> same = judgements.stream().filter((j) -> j.year() == year).reduce((a, b) -> b);
		if (same.isPresent()) {
			return same;
		}
		return judgements.stream()
			.filter((j) -> j.year() < year && j.status() == Status.ACHIEVED)
			.max(Comparator.comparingInt(Judgement::year));
	}

}
