package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Evaluation} being put together by the rules: the numbers found so far, the
 * inputs used and the sentences explaining them.
 */
final class Draft {

	final int year;

	final Narrative narrative = new Narrative();

	private final List<Input> inputs = new ArrayList<>();

	private Double value;

	private Double target;

	private Double expected;

	private Double progress;

	private Double expectedProgress;

	private Double gap;

	private Double gapToTarget;

	private TrajectoryShape shape;

	private Double annualRate;

	private Projection projection;

	Draft(int year) {
		this.year = year;
	}

	Draft say(String zh, String en) {
		this.narrative.say(zh, en);
		return this;
	}

	Draft input(Input.Role role, int year, double value) {
		return input(role, year, Figures.decimal(value));
	}

	Draft input(Input.Role role, int year, BigDecimal value) {
		Input input = new Input(role, year, value);
		if (!this.inputs.contains(input)) {
			this.inputs.add(input);
		}
		return this;
	}

	Draft value(double value) {
		this.value = value;
		return input(Input.Role.OBSERVED, this.year, value);
	}

	Draft target(double target) {
		this.target = target;
		return this;
	}

	Draft gapToTarget(Double gapToTarget) {
		this.gapToTarget = gapToTarget;
		return this;
	}

	Draft onTrajectory(Trajectory trajectory, double expected, double progress, double expectedProgress, double gap) {
		this.shape = trajectory.shape();
		this.annualRate = trajectory.annualRateValue();
		this.expected = expected;
		this.progress = progress;
		this.expectedProgress = expectedProgress;
		this.gap = gap;
		return this;
	}

	Draft projection(Projection projection) {
		this.projection = projection;
		return this;
	}

	Evaluation conclude(Status status, String zh, String en) {
		say(zh, en);
		return new Evaluation(this.year, status, Figures.decimal(this.value), Figures.decimal(this.target),
				Figures.decimal(this.expected), Figures.decimal(this.progress), Figures.decimal(this.expectedProgress),
				Figures.decimal(this.gap), Figures.decimal(this.gapToTarget), this.shape,
				Figures.decimal(this.annualRate), this.projection, null, this.narrative.explanation(), this.inputs);
	}

}
