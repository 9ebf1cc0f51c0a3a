package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a year is scored (考核): points for each status, weights by plan or by target (a
 * target's own weight wins over its plan's; 1 otherwise), and points deducted for each
 * value not reported by its deadline and each submission returned for revision. Targets
 * whose status is not given points (待人工评定 until judged, by default) are left out of the
 * score and listed.
 *
 * @param statusPoints points out of 100 for each status name
 * @param weights weight by plan code ("003") or target code ("003-T01")
 * @param latePenalty points deducted for each value missing at its deadline
 * @param returnPenalty points deducted for each submission returned for revision
 */
public record AssessmentScheme(Map<String, BigDecimal> statusPoints, Map<String, BigDecimal> weights,
		BigDecimal latePenalty, BigDecimal returnPenalty) {

	/** 已达标 100, 按进度 80, 滞后 50, 严重滞后 20, 无数据 0; 0.5 per late value, 1 per return. */
	public static final AssessmentScheme DEFAULT = new AssessmentScheme(
			ordered(List.of("ACHIEVED", "ON_TRACK", "LAGGING", "SERIOUSLY_LAGGING", "NO_DATA"),
					List.of("100", "80", "50", "20", "0")),
			Map.of(), new BigDecimal("0.5"), BigDecimal.ONE);

	public AssessmentScheme {
		if (statusPoints == null || statusPoints.isEmpty()) {
			throw new IllegalArgumentException("须给出各状态的分值 / statusPoints are required");
		}
		for (Map.Entry<String, BigDecimal> entry : statusPoints.entrySet()) {
			if (entry.getValue() == null || entry.getValue().signum() < 0
					|| entry.getValue().compareTo(new BigDecimal("100")) > 0) {
				throw new IllegalArgumentException("状态%s的分值须在0至100之间 / the points of %s must be 0 to 100"
					.formatted(entry.getKey(), entry.getKey()));
			}
		}
		weights = weights == null ? Map.of() : Map.copyOf(weights);
		for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
			if (entry.getValue() == null || entry.getValue().signum() < 0) {
				throw new IllegalArgumentException(
						"权重%s须不小于0 / the weight of %s must not be negative".formatted(entry.getKey(), entry.getKey()));
			}
		}
		latePenalty = latePenalty == null ? BigDecimal.ZERO : latePenalty;
		returnPenalty = returnPenalty == null ? BigDecimal.ZERO : returnPenalty;
		if (latePenalty.signum() < 0 || returnPenalty.signum() < 0) {
			throw new IllegalArgumentException("扣分须不小于0 / penalties must not be negative");
		}
		statusPoints = Map.copyOf(statusPoints);
	}

	/** The weight of a target: its own, else its plan's, else 1. */
	BigDecimal weight(String targetCode, String planCode) {
		return this.weights.getOrDefault(targetCode, this.weights.getOrDefault(planCode, BigDecimal.ONE));
	}

	private static Map<String, BigDecimal> ordered(List<String> statuses, List<String> points) {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < statuses.size(); i++) {
			map.put(statuses.get(i), new BigDecimal(points.get(i)));
		}
		return map;
	}

}
