package io.greenloop.evaluation.web;

import io.greenloop.evaluation.EvaluationView;

/**
 * One result as a table row shows it: the figures rounded for reading, the progress as
 * percentages with the bar's width, and the value's source ready to link.
 *
 * @param view the result
 * @param value the year's value
 * @param target the figure compared with
 * @param expected the value expected on the trajectory
 * @param gap value − expected
 * @param projection the projected target-year value
 * @param progress the share of the way covered, in percent
 * @param expectedProgress the share expected by the year, in percent
 * @param bar the progress bar's width, 0 to 100
 * @param source where the value came from, if known
 */
record EvaluationRow(EvaluationView view, String value, String target, String expected, String gap, String projection,
		Integer progress, Integer expectedProgress, int bar, ValueSource source) {

	static EvaluationRow of(EvaluationView view) {
		Integer progress = Shown.percent(view.progress());
		int bar = progress == null ? 0 : Math.max(0, Math.min(100, progress));
		return new EvaluationRow(view, Shown.number(view.value()), Shown.number(view.target()),
				Shown.number(view.expected()), gap(view), Shown.number(view.projection()), progress,
				Shown.percent(view.expectedProgress()), bar, ValueSource.of(view.valueSource()));
	}

	/** Whether the value is ahead of the trajectory (a positive gap). */
	public boolean ahead() {
		return this.view.gap() != null && this.view.gap().signum() > 0;
	}

	private static String gap(EvaluationView view) {
		String gap = Shown.number(view.gap());
		return gap != null && view.gap().signum() > 0 ? "+" + gap : gap;
	}

}
