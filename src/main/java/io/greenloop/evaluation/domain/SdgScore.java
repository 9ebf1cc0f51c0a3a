package io.greenloop.evaluation.domain;

/**
 * Open SDG's status and score for a progress value, as sdg-build computes them: the
 * status from the thresholds, the score in [−5, 5] from piecewise-linear functions that
 * put the thresholds at 2.5 (substantial), 0 (moderate) and −2.5 (limited).
 */
final class SdgScore {

	private SdgScore() {
	}

	static SdgStatus withTarget(double ratio, OpenSdgThresholds thresholds) {
		return status(ratio, thresholds.withTargetHigh(), thresholds.withTargetMedium());
	}

	static SdgStatus withoutTarget(double growth, double coefficient, OpenSdgThresholds thresholds) {
		return status(growth, thresholds.withoutTargetHigh() * coefficient,
				thresholds.withoutTargetMedium() * coefficient);
	}

	private static SdgStatus status(double value, double high, double medium) {
		if (value >= high) {
			return SdgStatus.SUBSTANTIAL_PROGRESS;
		}
		if (value >= medium) {
			return SdgStatus.MODERATE_PROGRESS;
		}
		return (value >= 0) ? SdgStatus.LIMITED_PROGRESS : SdgStatus.DETERIORATION;
	}

	static double scoreWithTarget(double ratio, OpenSdgThresholds thresholds) {
		if (ratio >= thresholds.withTargetMedium()) {
			return Math.min(7.1429 * ratio - 4.2857, 5);
		}
		return Math.max(4.1667 * ratio - 2.5, -5);
	}

	static double scoreWithoutTarget(double growth, double coefficient, OpenSdgThresholds thresholds) {
		if (growth < 0) {
			return Math.max(125 * growth - 2.5, -5);
		}
		if (coefficient == 0) {
			return 5;
		}
		if (growth >= thresholds.withoutTargetHigh() * coefficient) {
			return Math.min(500 * growth / coefficient - 5, 5);
		}
		if (growth >= thresholds.withoutTargetMedium() * coefficient) {
			return 250 * growth / coefficient - 1.25;
		}
		return 500 * growth / coefficient - 2.5;
	}

	/** The status of an indicator from the mean score of its series. */
	static SdgStatus fromScore(double score) {
		if (score >= 2.5) {
			return SdgStatus.SUBSTANTIAL_PROGRESS;
		}
		if (score >= 0) {
			return SdgStatus.MODERATE_PROGRESS;
		}
		return (score >= -2.5) ? SdgStatus.LIMITED_PROGRESS : SdgStatus.DETERIORATION;
	}

	/**
	 * The natural-limit coefficient: 1 far from the limit, falling to 0 at it, so that
	 * slow growth near a ceiling (a rate near 100%) still counts as progress.
	 */
	static double coefficient(double base, double limit, double exponent) {
		double b = Math.abs(base);
		double l = Math.abs(limit);
		if (b >= 2 * l) {
			return 1;
		}
		if (b <= l) {
			return 1 - StrictMath.pow(b / l, exponent);
		}
		return 1 - StrictMath.pow((2 * l - b) / l, exponent);
	}

}
