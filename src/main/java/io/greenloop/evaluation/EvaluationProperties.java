package io.greenloop.evaluation;

import io.greenloop.evaluation.domain.Thresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The status thresholds (`greenloop.evaluation.*`), as shares of the way from baseline to
 * target: behind the expected progress by more than {@code lagging-margin} is 滞后, by more
 * than {@code serious-margin} 严重滞后; "约" allows {@code approx-tolerance} of the figure,
 * "稳中向好" a slip of {@code stable-tolerance}.
 *
 * @param laggingMargin default 0.10 (half a year of a five-year plan)
 * @param seriousMargin default 0.20 (a year)
 * @param approxTolerance default 0.05
 * @param stableTolerance default 0.02
 */
@ConfigurationProperties("greenloop.evaluation")
public record EvaluationProperties(@DefaultValue("0.10") double laggingMargin,
		@DefaultValue("0.20") double seriousMargin, @DefaultValue("0.05") double approxTolerance,
		@DefaultValue("0.02") double stableTolerance) {

	Thresholds thresholds() {
		return new Thresholds(this.laggingMargin, this.seriousMargin, this.approxTolerance, this.stableTolerance);
	}

}
