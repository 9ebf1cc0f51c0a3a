package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-plan consistency on the seed plans: the autonomous region's energy-intensity
 * decline (−15.5%) and Ordos's (−16.5%) are a comparable pair, Ordos asking more; the
 * same pair with Ordos asking less would be flagged.
 */
@GreenloopTest
class ConsistencyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Consistency consistency;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void aLowerLevelsTargetIsComparedWithTheOneAboveAndFlaggedWhenLooser() {
		JsonNode pairs = new Api(this.mvc).expect("hohhot-leader", "GET", "/api/evaluation/consistency", null, 200);
		List<JsonNode> ordos = new ArrayList<>();
		pairs.forEach(pair -> {
			if ("150600".equals(pair.get("lower").get("region").asString())
					&& "150000".equals(pair.get("upper").get("region").asString())
					&& pair.get("lower").get("figure").decimalValue().compareTo(new BigDecimal("16.5")) == 0
					&& pair.get("upper").get("figure").decimalValue().compareTo(new BigDecimal("15.5")) == 0) {
				ordos.add(pair);
			}
		});
		assertThat(ordos).as("Ordos's −16.5% against the region's −15.5%").isNotEmpty();
		assertThat(ordos).allSatisfy(pair -> assertThat(pair.get("looser").asBoolean()).isFalse());

		Consistency.Pair pair = this.consistency.pairs()
			.stream()
			.filter(p -> p.lower().code().equals(ordos.get(0).get("lower").get("code").asString())
					&& p.upper().code().equals(ordos.get(0).get("upper").get("code").asString()))
			.findFirst()
			.orElseThrow();
		IndicatorView laxer = withFigure(pair.lower(), new BigDecimal("14"));
		assertThat(Consistency.compare(pair.upper(), laxer)).hasValueSatisfying(p -> assertThat(p.looser()).isTrue());
		assertThat(Consistency.compare(laxer, pair.upper())).as("only a region inside another is compared").isEmpty();
		assertThat(new Api(this.mvc).expect("hohhot-leader", "GET", "/api/evaluation/consistency?looserOnly=true", null,
				200))
			.allSatisfy(p -> assertThat(p.get("looser").asBoolean()).isTrue());
	}

	private static IndicatorView withFigure(IndicatorView v, BigDecimal figure) {
		IndicatorView.Target t = v.target();
		return new IndicatorView(v.code(), v.name(), v.unit(), v.planCode(), v.seq(), v.level1(), v.level2(),
				v.selfSelected(), v.nature(), v.region(), v.regionName(), v.scope(), v.concept(), v.conceptName(),
				v.measure(), v.direction(), v.baseline(),
				new IndicatorView.Target(t.year(), figure, t.upper(), t.comparator(), t.text()), v.responsibleUnits(),
				v.leadUnits(), v.dataProviders(), v.responsibleText(), v.leadText(), v.note(), v.source());
	}

}
