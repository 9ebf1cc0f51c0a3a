package io.greenloop.plan.web;

import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@GreenloopTest
class CatalogueApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheFivePlansWithTheirIdentity() {
		var plans = assertThat(this.mvc.get().uri("/api/plans")).hasStatusOk().bodyJson();
		plans.extractingPath("$[*].code").asArray().containsExactly("000", "001", "002", "003", "004");
		plans.extractingPath("$[?(@.code == '002')].number").asArray().containsExactly("鄂府发〔2022〕144号");
		plans.extractingPath("$[?(@.code == '002')].region").asArray().containsExactly("150600");
		plans.extractingPath("$[?(@.code == '001')].number").asArray().containsExactly("内政发〔2021〕9号");
		plans.extractingPath("$[?(@.code == '003')].document").asArray().containsExactly("003_254e334816a2e296.txt");
	}

	@Test
	void answersATargetWithEveryFieldAndItsResponsibleUnitsNormalised() {
		var target = assertThat(this.mvc.get().uri("/api/indicators/003-T01")).hasStatusOk().bodyJson();
		target.extractingPath("$.name").isEqualTo("一般工业固体废物产生强度");
		target.extractingPath("$.unit").isEqualTo("吨/万元");
		target.extractingPath("$.planCode").isEqualTo("003");
		target.extractingPath("$.level1").isEqualTo("固体废物源头减量");
		target.extractingPath("$.level2").isEqualTo("工业源头减量");
		target.extractingPath("$.selfSelected").isEqualTo(true);
		target.extractingPath("$.concept").isEqualTo("industrial-solid-waste-generation-intensity");
		target.extractingPath("$.baseline.year").isEqualTo(2020);
		target.extractingPath("$.baseline.value").isEqualTo(2.17);
		target.extractingPath("$.target.year").isEqualTo(2025);
		target.extractingPath("$.target.value").isEqualTo(1.82);
		target.extractingPath("$.target.comparator").isEqualTo("LE");
		target.extractingPath("$.responsibleUnits[*].name").asArray().containsExactly("呼和浩特市工业和信息化局", "呼和浩特市生态环境局");
		target.extractingPath("$.dataProviders[*].name").asArray().containsExactly("呼和浩特市统计局");
		target.extractingPath("$.responsibleText").isEqualTo("市工业和信息化局、生态环境局（市统计局提供数据）");
		target.extractingPath("$.source.document").isEqualTo("003_254e334816a2e296.txt");
		target.extractingPath("$.source.lines").asArray().containsExactly(34, 34);
		target.extractingPath("$.source.quote").asString().contains("一般工业固体废物产生强度★\t2.17\t1.82");
	}

	@Test
	void typesQualitativeAndAssignedTargets() {
		assertThat(this.mvc.get().uri("/api/indicators/004-T01")).bodyJson()
			.extractingPath("$.target.comparator")
			.isEqualTo("ASSIGNED");
		assertThat(this.mvc.get().uri("/api/indicators/004-T02")).bodyJson()
			.extractingPath("$.baseline.cumulative")
			.isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/indicators/003-T36")).bodyJson()
			.extractingPath("$.target.text")
			.isEqualTo("建立考核办法");
		assertThat(this.mvc.get().uri("/api/indicators/004-T01")).bodyJson()
			.extractingPath("$.nature")
			.isEqualTo("BINDING");
	}

	@Test
	void filtersByPlanRegionNatureConceptAndText() {
		assertThat(this.mvc.get().uri("/api/indicators?plan=004&nature=BINDING")).bodyJson()
			.extractingPath("$[*].nature")
			.asArray()
			.isNotEmpty()
			.containsOnly("BINDING");
		assertThat(this.mvc.get().uri("/api/indicators?region=150600")).bodyJson()
			.extractingPath("$[*].region")
			.asArray()
			.hasSizeGreaterThan(20)
			.containsOnly("150600");
		assertThat(this.mvc.get().uri("/api/indicators?concept=energy-intensity")).bodyJson()
			.extractingPath("$[*].planCode")
			.asArray()
			.contains("000", "002", "004");
		assertThat(this.mvc.get().uri("/api/indicators?plan=003&text=秸秆")).bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.contains("003-T18");
		assertThat(this.mvc.get().uri("/api/indicators?text=没有这样的指标")).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void comparesOneConceptAcrossPlansAndRegions() {
		var comparison = assertThat(this.mvc.get().uri("/api/concepts/energy-intensity")).hasStatusOk().bodyJson();
		comparison.extractingPath("$.concept.unit").isEqualTo("吨标准煤/万元");
		comparison.extractingPath("$.targets[?(@.region == '150600')].target.value").asArray().contains(16.5);
		comparison.extractingPath("$.targets[?(@.region == '150000')].target.value").asArray().contains(15.5);
	}

	@Test
	void answersUnknownsAndBadFiltersAsProblems() {
		assertThat(this.mvc.get().uri("/api/indicators/999-T99")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No target has the code 999-T99");
		assertThat(this.mvc.get().uri("/api/indicators?nature=MANDATORY")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/plans/999")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/indicators?region=15x")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("six digits");
		assertThat(this.mvc.get().uri("/api/indicators?text={t}", "\u0000")).hasStatusOk();
	}

	@Test
	void namesALeadOnlyAsLeadAndKeepsTheVerbatimTexts() {
		var target = assertThat(this.mvc.get().uri("/api/indicators/000-L1034")).hasStatusOk().bodyJson();
		target.extractingPath("$.leadUnits[*].name").asArray().containsExactly("内蒙古自治区发展和改革委员会");
		target.extractingPath("$.responsibleUnits[*].name").asArray().containsExactly("内蒙古自治区工业和信息化厅");
		target.extractingPath("$.leadText").isEqualTo("发改委");
		target.extractingPath("$.responsibleText").isEqualTo("发改委会同工业和信息化厅");
	}

}
