package io.greenloop.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The leaders' dashboard as its users meet it: its counts are the evaluation API's; a
 * value that crosses its target turns the target 已达标 on the dashboard and in the map's
 * share at once; the page and its self-refreshing part show the same; everything within
 * the caller's data scope. Values are imported for 兴安盟 (152200), which no other test
 * uses.
 */
@GreenloopTest
class DashboardTests {

	static final String XINGAN = "152200";

	static final int YEAR = 2025;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	UserDetailsService users;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void countsAreTheEvaluationApisCounts() {
		assertSameCounts("hohhot-leader", "region=150100&year=2025");
		assertSameCounts("admin", "region=150000&year=2025&plan=003");
		assertSameCounts("admin", "region=150000&year=2024");
		JsonNode defaults = this.api.expect("hohhot-leader", "GET", "/api/dashboard", null, 200);
		assertThat(defaults.at("/region/code").asString()).as("the caller's region").isEqualTo("150100");
		assertThat(defaults.get("year").asInt()).as("this year, by the clock").isEqualTo(YEAR);
		assertThat(defaults.get("tally"))
			.isEqualTo(this.api.expect("hohhot-leader", "GET", "/api/dashboard?region=150100&year=2025", null, 200)
				.get("tally"));
		JsonNode trend = null;
		for (JsonNode point : defaults.get("trend")) {
			if (point.get("year").asInt() == YEAR) {
				trend = point.get("tally");
			}
		}
		assertThat(trend).as("the trend's point for this year is this year's tally").isEqualTo(defaults.get("tally"));
	}

	@Test
	void aValueCrossingItsTargetTurnsItAchievedOnTheDashboardAndTheMap() {
		IndicatorView target = levelTargetToRaise();
		BigDecimal base = target.baseline().value();
		BigDecimal figure = target.target().value();
		BigDecimal low = base.add(figure.subtract(base).multiply(new BigDecimal("0.1")));
		importValue(target, low);
		JsonNode lagging = dashboard("indicator=" + target.code());
		JsonNode row = laggingRow(xingan(), target.code());
		assertThat(row).as("the low value lags").isNotNull();
		assertThat(row.get("sourceLink").asString()).isEqualTo("/values?item=" + target.code() + "&region=" + XINGAN);
		assertThat(row.get("responsible").asString()).isEqualTo(Dashboards.responsible(target));
		assertThat(row.get("valueSource").asString()).startsWith("IMPORT ");
		assertThat(area(lagging, XINGAN).at("/tally/share").asDouble()).isLessThan(1.0);
		assertThat(area(lagging, XINGAN).at("/reading/value").decimalValue()).isEqualByComparingTo(low);
		long achievedBefore = area(lagging, XINGAN).at("/tally/counts/ACHIEVED").asLong();

		importValue(target, figure);
		JsonNode achieved = dashboard("indicator=" + target.code());
		assertThat(laggingRow(xingan(), target.code())).as("no longer lagging").isNull();
		JsonNode xingan = area(achieved, XINGAN);
		assertThat(xingan.at("/tally/counts/ACHIEVED").asLong()).isEqualTo(achievedBefore + 1);
		assertThat(xingan.at("/tally/share").asDouble()).isEqualTo(1.0);
		assertThat(xingan.at("/reading/value").decimalValue()).isEqualByComparingTo(figure);
		assertThat(xingan.at("/reading/status").asString()).isEqualTo("ACHIEVED");
		assertThat(achieved.at("/indicator/targets/0").asString()).isEqualTo(target.code());
		assertThat(achieved.get("areas")).hasSize(12);

		assertThat(page("region-reviewer", "/dashboard/live?region=150000&year=2025")).hasStatusOk()
			.bodyText()
			.containsPattern("data-code=\"152200\">[\\s\\S]*?<td class=\"num gl-share\">100%</td>")
			.doesNotContain("data-target=\"" + target.code() + "\" data-region=\"152200\"");
	}

	@Test
	void aConceptColoursTheMapByEachLeaguesLatestValue() {
		IndicatorView target = levelTargetToRaise();
		JsonNode byConcept = dashboard("indicator=" + target.concept());
		assertThat(byConcept.at("/indicator/targets").toString()).contains(target.code());
		assertThat(byConcept.at("/indicator/name").asString()).isNotBlank();
		this.api.expect("region-reviewer", "GET", "/api/dashboard?indicator=no-such-concept", null, 400);
	}

	@Test
	void theDataScopeDecidesWhichDashboardsOneSees() {
		this.api.expect("ordos-leader", "GET", "/api/dashboard?region=150100", null, 403);
		this.api.expect("ordos-leader", "GET", "/api/dashboard?region=150602", null, 200);
		this.api.expect("admin", "GET", "/api/dashboard?region=999999", null, 404);
		this.api.expect("admin", "GET", "/api/dashboard?region=15x", null, 400);
		assertThat(page("ordos-leader", "/dashboard?region=150100")).hasStatus(403);
		assertThat(page("ordos-leader", "/dashboard/live?region=150100")).hasStatus(403);
		MvcTestResult anonymous = this.mvc.get().uri("/dashboard").accept(MediaType.TEXT_HTML).exchange();
		assertThat(anonymous).hasStatus(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.get().uri("/api/dashboard").accept(MediaType.APPLICATION_JSON)).hasStatus(401);
		assertThat(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML)).bodyText()
			.doesNotContain("href=\"/dashboard\"");
	}

	@Test
	void theAutonomousRegionSeesTheMapOfItsTwelveLeagues() {
		assertThat(page("region-reviewer", "/dashboard")).hasStatusOk()
			.bodyText()
			.contains("领导看板 · 内蒙古自治区", "id=\"dashboard-map\"", "neimenggu.js", "id=\"areas\"", "兴安盟", "阿拉善盟",
					"href=\"/dashboard\"", "hx-trigger=\"every 15s\"",
					"hx-get=\"/dashboard/live?region=150000&amp;year=2025\"",
					"href=\"/evaluation?status=LAGGING&amp;region=152200&amp;year=2025\"",
					"href=\"/dashboard?region=152200&amp;year=2025\"", "id=\"dashboard-data\"",
					"id=\"dashboard-filter\"", "<option value=\"2025\" selected=\"selected\">2025</option>",
					"<select class=\"form-select form-select-sm\" id=\"indicator\" name=\"indicator\"",
					"<option value=\"003\">003 ")
			.containsPattern("<a class=\"nav-link active\" href=\"/dashboard\"[^>]*>看板</a>");
		assertThat(page("region-reviewer", "/dashboard?lang=en")).bodyText()
			.contains("Leaders&#39; dashboard", "Share of targets achieved or on track", "Lagging targets");
		assertThat(page("region-reviewer", "/dashboard?region=150100&year=2025")).bodyText()
			.as("the path up links to the regions one may see; the page says how often it refreshes")
			.contains("id=\"dashboard-path\"", "href=\"/dashboard?region=150000&amp;year=2025\"", "每15秒自动刷新");
	}

	@Test
	void aLeagueShowsItsCountiesAsATableAndItsLaggingTargetsLinkToTheirEvaluation() {
		assertThat(page("hohhot-leader", "/dashboard?year=2025")).hasStatusOk()
			.bodyText()
			.contains("领导看板 · 呼和浩特市", "各旗县区", "武川县", "href=\"/dashboard?region=150125&amp;year=2025\"",
					"id=\"dashboard-trend\"")
			.doesNotContain("id=\"dashboard-map\"");
		JsonNode hohhot = this.api.expect("hohhot-leader", "GET", "/api/dashboard?year=2024", null, 200);
		assertThat(hohhot.at("/path/0/code").asString()).isEqualTo("150000");
		assertThat(page("hohhot-leader", "/dashboard?year=2024")).bodyText()
			.as("the autonomous region is above Hohhot's scope: named, not linked")
			.doesNotContain("href=\"/dashboard?region=150000");
		if (!hohhot.get("lagging").isEmpty()) {
			JsonNode first = hohhot.get("lagging").get(0);
			assertThat(page("hohhot-leader", "/dashboard?year=2024")).bodyText()
				.contains("href=\"/evaluation/" + first.get("targetCode").asString() + "?region="
						+ first.get("regionCode").asString() + "\"");
		}
	}

	@Test
	void theRefreshedPartIsAFragment() {
		assertThat(page("hohhot-leader", "/dashboard/live?region=150100&year=2025")).hasStatusOk()
			.bodyText()
			.contains("id=\"dashboard-live\"", "id=\"dashboard-counts\"", "id=\"count-ACHIEVED\"",
					"hx-preserve=\"true\"")
			.doesNotContain("<nav", "<footer", "echarts.min.js");
	}

	private void assertSameCounts(String user, String query) {
		JsonNode dashboard = this.api.expect(user, "GET", "/api/dashboard?" + query, null, 200);
		JsonNode results = this.api.expect(user, "GET", "/api/evaluation?" + query, null, 200);
		Map<String, Long> counted = new HashMap<>();
		results.forEach(row -> counted.merge(row.get("status").asString(), 1L, Long::sum));
		assertThat(results).as(query).isNotEmpty();
		assertThat(dashboard.at("/tally/total").asLong()).as(query).isEqualTo(results.size());
		dashboard.at("/tally/counts")
			.properties()
			.forEach(count -> assertThat(count.getValue().asLong()).as(query + " " + count.getKey())
				.isEqualTo(counted.getOrDefault(count.getKey(), 0L)));
		long lagging = counted.getOrDefault("LAGGING", 0L) + counted.getOrDefault("SERIOUSLY_LAGGING", 0L);
		assertThat(dashboard.get("laggingTotal").asLong()).as(query).isEqualTo(lagging);
	}

	private JsonNode dashboard(String query) {
		return this.api.expect("region-reviewer", "GET", "/api/dashboard?region=150000&year=2025&" + query, null, 200);
	}

	private JsonNode xingan() {
		return this.api.expect("region-reviewer", "GET", "/api/dashboard?region=" + XINGAN, null, 200);
	}

	private static JsonNode area(JsonNode dashboard, String code) {
		for (JsonNode area : dashboard.get("areas")) {
			if (area.get("code").asString().equals(code)) {
				return area;
			}
		}
		throw new AssertionError("no area " + code);
	}

	private static JsonNode laggingRow(JsonNode dashboard, String target) {
		for (JsonNode row : dashboard.get("lagging")) {
			if (row.get("targetCode").asString().equals(target) && row.get("regionCode").asString().equals(XINGAN)) {
				return row;
			}
		}
		return null;
	}

	private MvcTestResult page(String user, String path) {
		return this.mvc.get()
			.uri(path)
			.with(user(this.users.loadUserByUsername(user)))
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private void importValue(IndicatorView target, BigDecimal value) {
		byte[] workbook = ValuesWorkbook
			.of(ValuesWorkbook.row(target.code(), XINGAN, Integer.toString(YEAR), value, target.unit(), "看板测试"));
		this.api.expect(this.api.upload("admin", "/api/values/import", "values.xlsx", workbook), 200);
	}

	/**
	 * A numeric level target of the autonomous region, higher is better, with a baseline
	 * below its figure, due this year, measuring a concept.
	 */
	private IndicatorView levelTargetToRaise() {
		return this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == YEAR && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()) && t.concept() != null)
			.findFirst()
			.orElseThrow();
	}

}
