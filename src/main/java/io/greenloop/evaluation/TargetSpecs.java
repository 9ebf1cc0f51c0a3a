package io.greenloop.evaluation;

import java.util.Optional;

import io.greenloop.evaluation.domain.Baseline;
import io.greenloop.evaluation.domain.Comparison;
import io.greenloop.evaluation.domain.Direction;
import io.greenloop.evaluation.domain.InvalidTargetSpecException;
import io.greenloop.evaluation.domain.MeasureKind;
import io.greenloop.evaluation.domain.TargetSpec;
import io.greenloop.evaluation.domain.TargetValue;
import io.greenloop.evaluation.domain.TrajectoryShape;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.PlanView;

/**
 * A catalogue target as the engine needs it. The catalogue's comparator, direction and
 * measure carry over one to one; what needs a decision is stated here:
 * <ul>
 * <li>a change since the base year starts at 0 in the base year: the figure printed as
 * the baseline of such a target ("(25.0)" in 004) is the previous plan's achievement, not
 * a starting point, and is left out;</li>
 * <li>without a base year of its own, a change since the base year counts from the plan's
 * base year;</li>
 * <li>cumulative declines and increases (intensities: "单位GDP能耗下降15.5%") follow a compound
 * trajectory, a constant yearly rate; levels and absolute changes a linear one.</li>
 * </ul>
 * A target the engine cannot take is refused with every reason, and is then for a
 * reviewer to judge.
 */
final class TargetSpecs {

	private TargetSpecs() {
	}

	/**
	 * The target's spec, or the reasons it has none.
	 */
	static Mapped of(IndicatorView target, Optional<PlanView> plan) {
		try {
			return new Mapped(spec(target, plan), null);
		}
		catch (InvalidTargetSpecException ex) {
			return new Mapped(null, String.join("; ", ex.problems()));
		}
	}

	private static TargetSpec spec(IndicatorView target, Optional<PlanView> plan) {
		Comparison comparison = Comparison.valueOf(target.target().comparator().name());
		MeasureKind measure = MeasureKind.valueOf(target.measure().name());
		Direction direction = switch (target.direction()) {
			case HIGHER_IS_BETTER -> Direction.HIGHER_IS_BETTER;
			case LOWER_IS_BETTER -> Direction.LOWER_IS_BETTER;
			case NONE -> null;
		};
		IndicatorView.Target figure = target.target();
		TargetValue value = figure.value() == null ? TargetValue.due(figure.year())
				: comparison == Comparison.RANGE && figure.upper() != null
						? new TargetValue(figure.year(), figure.value(), figure.upper())
						: new TargetValue(figure.year(), figure.value(), null);
		TrajectoryShape shape = (measure == MeasureKind.DECLINE_FROM_BASE || measure == MeasureKind.INCREASE_FROM_BASE)
				? TrajectoryShape.COMPOUND : TrajectoryShape.LINEAR;
		return new TargetSpec(comparison, direction, measure, baseline(target, measure, plan), value, shape, null,
				null);
	}

	private static Baseline baseline(IndicatorView target, MeasureKind measure, Optional<PlanView> plan) {
		IndicatorView.Baseline printed = target.baseline();
		Integer year = printed != null && printed.year() != null ? printed.year()
				: plan.map(PlanView::baseYear).orElse(null);
		if (year == null) {
			return null;
		}
		if (measure.isChange()) {
			return Baseline.yearOnly(year);
		}
		if (printed == null || printed.value() == null || printed.cumulative()) {
			return null;
		}
		return new Baseline(year, printed.value());
	}

	/**
	 * A target's spec, or why it has none.
	 *
	 * @param spec the spec, when the target can be evaluated by numbers
	 * @param refusal the reasons it cannot, otherwise
	 */
	record Mapped(TargetSpec spec, String refusal) {
	}

}
