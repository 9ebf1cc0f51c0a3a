package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.events.SubmissionChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessment scores as the scheme defines them: every point of a score can be recomputed
 * from its breakdown; an administrator's scheme changes the scores; a returned submission
 * is deducted from its region's year.
 */
@GreenloopTest
class AssessmentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Assessments assessments;

	@AfterEach
	void defaultScheme() {
		new Api(this.mvc).expect("admin", "PUT", "/api/assessment/scheme", AssessmentScheme.DEFAULT, 200);
	}

	@Test
	void everyPointOfAScoreComesFromItsBreakdown() {
		Api api = new Api(this.mvc);
		this.assessments
			.on(new SubmissionChanged(999_001, "003", "150100", "2021Q2", "RETURN", "hohhot-reviewer", "请核实"));
		JsonNode hohhot = region(api.expect("hohhot-leader", "GET", "/api/assessment/2021?region=150100", null, 200),
				"150100");
		assertThat(hohhot.get("returns").asInt()).isEqualTo(1);
		assertThat(hohhot.get("score").decimalValue()).isEqualByComparingTo(
				recomputed(hohhot, AssessmentScheme.DEFAULT.latePenalty(), AssessmentScheme.DEFAULT.returnPenalty()));
		assertThat(hohhot.get("deductions").decimalValue()).isGreaterThanOrEqualTo(BigDecimal.ONE);
		JsonNode units = api.expect("hohhot-leader", "GET", "/api/assessment/2021?region=150100", null, 200)
			.get("units");
		assertThat(units).isNotEmpty();
		api.expect("ordos-leader", "GET", "/api/assessment/2021?region=150100", null, 403);
	}

	@Test
	void anAdministratorsSchemeChangesTheScores() {
		Api api = new Api(this.mvc);
		Map<String, Object> scheme = Map.of("statusPoints",
				Map.of("ACHIEVED", 100, "ON_TRACK", 90, "LAGGING", 40, "SERIOUSLY_LAGGING", 0, "NO_DATA", 0), "weights",
				Map.of("003-T01", 3), "latePenalty", 0, "returnPenalty", 2);
		api.expect("hohhot-reviewer", "PUT", "/api/assessment/scheme", scheme, 403);
		api.expect("admin", "PUT", "/api/assessment/scheme",
				Map.of("statusPoints", Map.of("ACHIEVED", 120), "latePenalty", 0, "returnPenalty", 0), 400);
		api.expect("admin", "PUT", "/api/assessment/scheme", scheme, 200);
		assertThat(api.expect("hohhot-leader", "GET", "/api/assessment/scheme", null, 200)
			.get("statusPoints")
			.get("ON_TRACK")
			.asInt()).isEqualTo(90);
		JsonNode hohhot = region(api.expect("hohhot-leader", "GET", "/api/assessment/2023?region=150100", null, 200),
				"150100");
		for (JsonNode line : hohhot.get("lines")) {
			if ("003-T01".equals(line.get("targetCode").asString())) {
				assertThat(line.get("weight").decimalValue()).isEqualByComparingTo("3");
			}
			if ("ON_TRACK".equals(line.get("status").asString())) {
				assertThat(line.get("points").decimalValue()).isEqualByComparingTo("90");
			}
		}
		assertThat(hohhot.get("score").decimalValue())
			.isEqualByComparingTo(recomputed(hohhot, BigDecimal.ZERO, new BigDecimal("2")));
	}

	private static JsonNode region(JsonNode assessment, String code) {
		for (JsonNode region : assessment.get("regions")) {
			if (code.equals(region.get("key").asString())) {
				return region;
			}
		}
		throw new AssertionError("no score for " + code);
	}

	/**
	 * Σ(points × weight) / Σ(weight) − late × penalty − returns × penalty, from the
	 * breakdown.
	 */
	private static BigDecimal recomputed(JsonNode score, BigDecimal latePenalty, BigDecimal returnPenalty) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (JsonNode line : score.get("lines")) {
			if (line.hasNonNull("points")) {
				weighted = weighted.add(line.get("points").decimalValue().multiply(line.get("weight").decimalValue()));
				weights = weights.add(line.get("weight").decimalValue());
			}
		}
		BigDecimal base = weighted.divide(weights, 2, RoundingMode.HALF_UP);
		BigDecimal deductions = latePenalty.multiply(BigDecimal.valueOf(score.get("late").asInt()))
			.add(returnPenalty.multiply(BigDecimal.valueOf(score.get("returns").asInt())));
		return base.subtract(deductions).max(BigDecimal.ZERO);
	}

}
