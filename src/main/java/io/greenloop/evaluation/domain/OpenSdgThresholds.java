package io.greenloop.evaluation.domain;

/**
 * The thresholds of the Open SDG method (REFERENCE.md §8; sdg-build defaults). With a
 * target, the ratio R of observed to required annual growth: R ≥ 0.95 substantial, ≥ 0.60
 * moderate, ≥ 0 limited, below 0 deterioration. Without a target, the observed growth g
 * in the good direction: g ≥ 1.5% substantial, ≥ 0.5% moderate, ≥ 0 limited; near a
 * natural limit these are multiplied by C = 1 − (|y₀|/|y_lim|)^4.44 (or its mirror).
 *
 * @param withTargetHigh R for substantial progress
 * @param withTargetMedium R for moderate progress
 * @param withoutTargetHigh g for substantial progress
 * @param withoutTargetMedium g for moderate progress
 * @param limitExponent the exponent of the natural-limit coefficient
 */
public record OpenSdgThresholds(double withTargetHigh, double withTargetMedium, double withoutTargetHigh,
		double withoutTargetMedium, double limitExponent) {

	public static final OpenSdgThresholds DEFAULTS = new OpenSdgThresholds(0.95, 0.60, 0.015, 0.005, 4.44);

	public OpenSdgThresholds {
		if (!(0 < withTargetMedium && withTargetMedium <= withTargetHigh && 0 < withoutTargetMedium
				&& withoutTargetMedium <= withoutTargetHigh && limitExponent > 0)) {
			throw new IllegalArgumentException("Open SDG 阈值须为正且递增 / Open SDG thresholds must be positive and ordered");
		}
	}

}
