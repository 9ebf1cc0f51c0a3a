package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.evaluation.persistence.ResultSummaryRepository;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.greenloop.evaluation.persistence.ResultSummaryRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation read model as its users meet it: every target has a result from the
 * start (无数据 until values come); approved values re-evaluate their target at once, with
 * the value's source; a value crossing the target turns it 已达标; milestones wait for a
 * reviewer's judgement; everything within the caller's data scope.
 */
@GreenloopTest
class EvaluationTests {

	/** Ulanqab: no other test reports or imports values there. */
	static final String REGION = "150900";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResultSummaryRepository summaries;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void everyTargetIsEvaluatedFromTheStart() {
		JsonNode hohhot = this.api.expect("hohhot-leader", "GET", "/api/evaluation?plan=003&region=150100&year=2025",
				null, 200);
		assertThat(hohhot).isNotEmpty();
		List<String> statuses = new ArrayList<>();
		hohhot.forEach(row -> statuses.add(row.get("status").asString()));
		assertThat(statuses).contains("NEEDS_JUDGEMENT");
		long dueBy2025OrLater = this.catalogue.indicators(new IndicatorQuery("003", null, null, null, null))
			.stream()
			.filter(t -> t.region().startsWith("1501") && t.target().year() >= 2025)
			.count();
		assertThat(hohhot).as("a result for every target due in 2025 or later").hasSize((int) dueBy2025OrLater);
		this.api.expect("ordos-leader", "GET", "/api/evaluation?region=150100", null, 403);
		this.api.expect("hohhot-leader", "GET", "/api/evaluation?method=OTHER", null, 400);
	}

	@Test
	void anApprovedValueReEvaluatesItsTargetAndCrossingTheTargetAchievesIt() {
		IndicatorView target = levelTargetToRaise();
		String code = target.code();
		BigDecimal base = target.baseline().value();
		BigDecimal figure = target.target().value();
		BigDecimal low = base.add(figure.subtract(base).multiply(new BigDecimal("0.1")));
		importValues(ValuesWorkbook.row(code, REGION, "2024", low, target.unit(), "评估测试"));
		JsonNode lagging = result(code, 2024);
		assertThat(lagging.get("status").asString()).isIn("LAGGING", "SERIOUSLY_LAGGING");
		assertThat(lagging.get("value").decimalValue()).isEqualByComparingTo(low);
		assertThat(lagging.get("valueSource").asString()).startsWith("IMPORT ").endsWith(" r1");
		assertThat(lagging.get("expected")).isNotNull();
		assertThat(lagging.get("explanation").asString()).isNotBlank();
		assertThat(lagging.get("inputs").toString()).contains("OBSERVED", "TARGET");

		importValues(ValuesWorkbook.row(code, REGION, "2025", figure, target.unit(), "评估测试"));
		assertThat(result(code, 2025).get("status").asString()).isEqualTo("ACHIEVED");
		assertThat(result(code, 2024).get("status").asString()).as("an earlier year keeps its own value")
			.isIn("LAGGING", "SERIOUSLY_LAGGING");
		JsonNode sdg = this.api.expect("admin", "GET",
				"/api/evaluation?method=OPEN_SDG&target=" + code + "&region=" + REGION + "&year=2025", null, 200);
		assertThat(sdg.get(0).get("status").asString()).isEqualTo("TARGET_ACHIEVED");
	}

	@Test
	void aMilestoneWaitsForAReviewersJudgement() {
		IndicatorView milestone = this.catalogue.indicators(new IndicatorQuery("003", "150100", null, null, null))
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.MILESTONE && t.target().year() == 2025)
			.findFirst()
			.orElseThrow();
		String path = "/api/evaluation?target=" + milestone.code() + "&region=150100&year=2025";
		assertThat(this.api.expect("hohhot-leader", "GET", path, null, 200).get(0).get("status").asString())
			.isEqualTo("NEEDS_JUDGEMENT");
		Map<String, Object> judgement = Map.of("target", milestone.code(), "region", "150100", "year", 2025, "status",
				"ACHIEVED", "reason", "已印发实施方案并完成验收");
		this.api.expect("hohhot-reporter", "POST", "/api/evaluation/judgements", judgement, 403);
		this.api.expect("ordos-reviewer", "POST", "/api/evaluation/judgements", judgement, 403);
		JsonNode judged = this.api.expect("hohhot-reviewer", "POST", "/api/evaluation/judgements", judgement, 200);
		assertThat(judged.get(0).get("status").asString()).isEqualTo("ACHIEVED");
		assertThat(this.api.expect("hohhot-leader", "GET", path, null, 200).get(0).get("explanation").asString())
			.contains("已印发实施方案并完成验收");
		this.api.expect("hohhot-reviewer", "POST", "/api/evaluation/judgements", Map.of("target", milestone.code(),
				"region", "150100", "year", 2025, "status", "NO_DATA", "reason", "x"), 400);
	}

	@Test
	void onlyAdministratorsRecomputeEverything() {
		this.api.expect("hohhot-reviewer", "POST", "/api/evaluation/recompute", null, 403);
		JsonNode all = this.api.expect("admin", "POST", "/api/evaluation/recompute?everything=true", null, 200);
		assertThat(all.get("evaluated").asInt()).isEqualTo(all.get("targets").asInt()).isGreaterThan(400);
		assertThat(all.get("results").asInt()).isGreaterThan(1000);
	}

	@Test
	void resultsComeInPagesWithTheTotalInAHeader() {
		String query = "/api/evaluation?plan=003&region=150100&year=2025";
		JsonNode all = this.api.expect("hohhot-leader", "GET", query, null, 200);
		assertThat(all.size()).isGreaterThan(12);
		MvcTestResult page = this.api.call("hohhot-leader", "GET", query + "&limit=5&offset=10", null);
		assertThat(page).hasStatusOk().headers().hasValue("X-Total-Count", String.valueOf(all.size()));
		JsonNode rows = this.api.expect(page, 200);
		assertThat(rows).hasSize(5);
		for (int i = 0; i < 5; i++) {
			assertThat(rows.get(i).get("targetCode").asString())
				.isEqualTo(all.get(10 + i).get("targetCode").asString());
		}
		this.api.expect("hohhot-leader", "GET", query + "&limit=0", null, 400);
		this.api.expect("hohhot-leader", "GET", query + "&limit=10001", null, 400);
		this.api.expect("hohhot-leader", "GET", query + "&offset=-1", null, 400);
	}

	@Test
	void withoutAYearPagesShowTheLatestWithResultsUpToThisYear() {
		assertThat(this.summaries.latestYear("003", "1501", 2027)).as("after the plans end, their last year")
			.contains(2025);
		assertThat(this.summaries.latestYear("003", "1501", 2023)).contains(2023);
		assertThat(this.summaries.latestYear("003", "1501", 2000)).isEmpty();
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/dashboard", null, 200).get("year").asInt())
			.isEqualTo(2025);
	}

	/**
	 * A full re-evaluation recomputes what changed since the results were stored, and
	 * only that: here a value written straight into evaluation's table, where no event
	 * announced it, and then taken away again.
	 */
	@Test
	void aFullReevaluationRecomputesWhatChangedAndOnlyThat() {
		IndicatorView target = levelTargetToRaise();
		String region = "152922";
		this.api.expect("admin", "POST", "/api/evaluation/recompute", null, 200);
		JsonNode unchanged = this.api.expect("admin", "POST", "/api/evaluation/recompute", null, 200);
		assertThat(unchanged.get("evaluated").asInt()).isZero();
		assertThat(unchanged.get("results").asInt()).isZero();
		String path = "/api/evaluation?target=" + target.code() + "&region=" + region + "&year=2024";
		assertThat(this.api.expect("admin", "GET", path, null, 200)).isEmpty();

		this.jdbc.sql("""
				INSERT INTO evaluation.observation (target_code, region_code, period_code, year, sub_period, value,
				    revision, source, source_id, approved_at)
				VALUES (:target, :region, '2024', 2024, 0, 42.5, 1, 'IMPORT', 999999, now())
				""").param("target", target.code()).param("region", region).update();
		JsonNode changed = this.api.expect("admin", "POST", "/api/evaluation/recompute", null, 200);
		assertThat(changed.get("evaluated").asInt()).isEqualTo(1);
		JsonNode rows = this.api.expect("admin", "GET", path, null, 200);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("value").decimalValue()).isEqualByComparingTo("42.5");
		assertThat(rows.get(0).get("valueSource").asString()).isEqualTo("IMPORT 999999 r1");

		this.jdbc.sql("DELETE FROM evaluation.observation WHERE target_code = :target AND region_code = :region")
			.param("target", target.code())
			.param("region", region)
			.update();
		assertThat(this.api.expect("admin", "POST", "/api/evaluation/recompute", null, 200).get("evaluated").asInt())
			.isZero();
		assertThat(this.api.expect("admin", "GET", path, null, 200)).isEmpty();
	}

	/**
	 * A numeric level target of the autonomous region's eco-environment plan, higher is
	 * better, with a baseline below its figure, due in 2025.
	 */
	private IndicatorView levelTargetToRaise() {
		return this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == 2025 && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()) && "%".equals(t.unit()))
			.findFirst()
			.orElseThrow();
	}

	private void importValues(Object[]... rows) {
		this.api.expect(this.api.upload("admin", "/api/values/import", "values.xlsx", ValuesWorkbook.of(rows)), 200);
	}

	private JsonNode result(String code, int year) {
		JsonNode rows = this.api.expect("admin", "GET",
				"/api/evaluation?target=" + code + "&region=" + REGION + "&year=" + year, null, 200);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
