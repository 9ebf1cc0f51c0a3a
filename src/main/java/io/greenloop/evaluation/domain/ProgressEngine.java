package io.greenloop.evaluation.domain;

import java.util.List;

/**
 * Evaluates a target by the method chosen, with the thresholds configured for each.
 */
public final class ProgressEngine {

	private final TargetEvaluator plan;

	private final OpenSdgMethod openSdg;

	public ProgressEngine() {
		this(Thresholds.DEFAULTS, OpenSdgThresholds.DEFAULTS);
	}

	public ProgressEngine(Thresholds thresholds, OpenSdgThresholds openSdgThresholds) {
		this.plan = new TargetEvaluator(thresholds);
		this.openSdg = new OpenSdgMethod(openSdgThresholds);
	}

	/**
	 * Evaluates the target in the year. Judgements count only for the plan method; the
	 * Open SDG options only for the Open SDG method.
	 */
	public Outcome evaluate(EvaluationMethod method, TargetSpec spec, Observations observations,
			List<Judgement> judgements, OpenSdgMethod.Options options, int year) {
		return switch (method) {
			case PLAN_TRAJECTORY -> this.plan.evaluate(spec, observations, judgements, year);
			case OPEN_SDG -> this.openSdg.evaluate(spec, observations, year, options);
		};
	}

}
