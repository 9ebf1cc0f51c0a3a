package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.greenloop.evaluation.EvaluationPageTests.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One target's evaluation page: what the plan says, the chart of values against the
 * trajectory and the target with its data in the page, each year's explanation, and a
 * link from each value to where it came from. Reviewers of the region judge from the page
 * what the numbers cannot settle; others see no form and are refused. Values are imported
 * for Bayannur (150800), which no other test uses.
 */
@GreenloopTest
class TargetEvaluationPageTests {

	static final String REGION = "150800";

	static final String HOHHOT = "150100";

	static final Pattern CHART_DATA = Pattern
		.compile("<script type=\"application/json\" id=\"evaluation-chart-data\">(.*?)</script>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IndicatorCatalogue catalogue;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void showsThePlanTheChartTheExplanationAndWhereAnImportedValueCameFrom() {
		IndicatorView target = levelTargetToRaise();
		BigDecimal base = target.baseline().value();
		BigDecimal low = base.add(target.target().value().subtract(base).multiply(new BigDecimal("0.2")));
		this.api.expect(
				this.api
					.upload("admin", "/api/values/import", "values.xlsx",
							ValuesWorkbook
								.of(ValuesWorkbook.row(target.code(), REGION, "2024", low, target.unit(), "评估页面测试"))),
				200);
		JsonNode result = this.api
			.expect("admin", "GET", "/api/evaluation?target=" + target.code() + "&region=" + REGION + "&year=2024",
					null, 200)
			.get(0);
		String importId = result.get("valueSource").asString().split(" ")[1];

		String page = html(get("region-reviewer", "/evaluation/" + target.code() + "?region=" + REGION));
		assertThat(page).contains("id=\"target-facts\"", "id=\"plan-text\"", escaped(target.target().text()), "巴彦淖尔市",
				"越高越好", "id=\"evaluation-chart\"", "id=\"evaluation-years\"",
				escaped(result.get("explanation").asString()), "data-role=\"OBSERVED\"", "data-role=\"TARGET\"");
		assertThat(page).as("the imported value links to the approved values of its target, region and year")
			.contains("href=\"/values?item=" + target.code() + "&amp;region=" + REGION + "&amp;period=2024\"",
					"批量导入 #" + importId + "（第1版）");
		JsonNode chart = chartData(page);
		List<Integer> years = chart.get("years").valueStream().map(JsonNode::asInt).toList();
		assertThat(years).contains(2024, target.target().year());
		assertThat(chart.get("observed").get(years.indexOf(2024)).decimalValue()).isEqualByComparingTo(low);
		assertThat(chart.get("target").get(years.indexOf(2024)).decimalValue())
			.isEqualByComparingTo(target.target().value());
		assertThat(chart.get("expected").get(years.indexOf(2024)).decimalValue())
			.isEqualByComparingTo(result.get("expected").decimalValue());
		assertThat(chart.get("names").get("observed").asString()).isEqualTo("实际值");
		assertThat(page).containsPattern("<script src=\"/webjars/echarts/[^\"]*echarts.min.js\"></script>")
			.doesNotContain("id=\"judgement-form\"");

		String english = html(
				get("region-reviewer", "/evaluation/" + target.code() + "?region=" + REGION + "&lang=en"));
		assertThat(english).contains("Where the values came from", "Import #" + importId + " (revision 1)",
				"Higher is better");
		assertThat(chartData(english).get("names").get("expected").asString()).isEqualTo("Expected trajectory");
	}

	@Test
	void aTargetsPageListsTheTasksServingIt() {
		JsonNode tasks = this.api.expect("hohhot-leader", "GET", "/api/tasks?target=003-L0118", null, 200);
		assertThat(tasks).isNotEmpty();
		String page = html(get("hohhot-leader", "/evaluation/003-L0118?region=" + HOHHOT));
		assertThat(page).contains("id=\"target-tasks\"", "href=\"/tasks?target=003-L0118\"");
		tasks.forEach(task -> assertThat(page).contains("data-task=\"" + task.get("code").asString() + "\""));
		String board = html(get("hohhot-leader", "/tasks?target=003-L0118"));
		tasks.forEach(task -> assertThat(board).contains(task.get("code").asString()));
		assertThat(board).doesNotContain("003-1.01")
			.contains("id=\"task-target\"", "<input type=\"hidden\" name=\"target\" value=\"003-L0118\">");
		assertThat(html(get("hohhot-leader", "/evaluation/" + milestone() + "?region=" + HOHHOT)))
			.contains("暂无与该指标关联的任务。");
	}

	@Test
	void aReviewerOfTheRegionJudgesAMilestoneFromThePage() {
		String milestone = milestone();
		String path = "/evaluation/" + milestone + "?region=" + HOHHOT;
		assertThat(status(milestone, 2024)).isEqualTo("NEEDS_JUDGEMENT");
		assertThat(html(get("hohhot-reporter", path))).contains("id=\"evaluation-years\"")
			.doesNotContain("id=\"judgement-form\"");
		assertThat(html(get("hohhot-leader", path))).doesNotContain("id=\"judgement-form\"");
		String form = html(get("hohhot-reviewer", path));
		assertThat(form)
			.contains("id=\"judgement-form\"", "name=\"_csrf\"", "<option value=\"2024\">2024</option>",
					"<option value=\"ON_TRACK\">按进度</option>")
			.doesNotContain("<option value=\"NO_DATA\">");

		assertThat(judge("hohhot-reporter", milestone, "ON_TRACK", "报送员不能评定")).hasStatus(403);
		assertThat(judge("ordos-reviewer", milestone, "ON_TRACK", "不在范围内")).hasStatus(403);
		assertThat(status(milestone, 2024)).isEqualTo("NEEDS_JUDGEMENT");

		MvcTestResult noReason = judge("hohhot-reviewer", milestone, "ON_TRACK", " ");
		assertThat(noReason).hasRedirectedUrl(path);
		assertThat(follow(noReason, path)).contains("id=\"refused\"", "人工评定须有评定人和理由");
		assertThat(status(milestone, 2024)).isEqualTo("NEEDS_JUDGEMENT");

		MvcTestResult judged = judge("hohhot-reviewer", milestone, "ON_TRACK", "页面评定：工作按计划推进");
		assertThat(judged).hasRedirectedUrl(path);
		assertThat(follow(judged, path)).contains("id=\"judged\"", "已记录2024年的人工评定：按进度。");
		assertThat(status(milestone, 2024)).isEqualTo("ON_TRACK");
		assertThat(html(get("hohhot-leader", path))).contains("页面评定：工作按计划推进")
			.containsPattern("<tr data-year=\"2024\" data-status=\"ON_TRACK\">");
	}

	private MvcTestResult judge(String user, String milestone, String status, String reason) {
		return this.mvc.post()
			.uri("/evaluation/" + milestone + "/judgements")
			.with(login(user))
			.with(csrf())
			.param("region", HOHHOT)
			.param("year", "2024")
			.param("status", status)
			.param("reason", reason)
			.exchange();
	}

	private String status(String target, int year) {
		return this.api
			.expect("admin", "GET", "/api/evaluation?target=" + target + "&region=" + HOHHOT + "&year=" + year, null,
					200)
			.get(0)
			.get("status")
			.asString();
	}

	/**
	 * A milestone of Hohhot's 无废城市 plan due in 2025: the last one, as
	 * {@link EvaluationTests} judges the first.
	 */
	private String milestone() {
		List<IndicatorView> milestones = this.catalogue.indicators(new IndicatorQuery("003", HOHHOT, null, null, null))
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.MILESTONE && t.target().year() == 2025)
			.toList();
		assertThat(milestones).hasSizeGreaterThan(1);
		return milestones.get(milestones.size() - 1).code();
	}

	/**
	 * A numeric level target of the autonomous region, higher is better, in percent, with
	 * a baseline below its figure, due in 2025.
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

	/** The text as Thymeleaf writes it into a page. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static JsonNode chartData(String page) {
		Matcher data = CHART_DATA.matcher(page);
		assertThat(data.find()).as("the chart's data in the page").isTrue();
		return JsonMapper.builder().build().readTree(data.group(1));
	}

	private MvcTestResult get(String user, String path) {
		return this.mvc.get().uri(path).with(login(user)).accept(MediaType.TEXT_HTML).exchange();
	}

	private String follow(MvcTestResult redirect, String path) {
		MvcTestResult page = this.mvc.get()
			.uri(path)
			.with(login("hohhot-reviewer"))
			.flashAttrs(redirect.getMvcResult().getFlashMap())
			.exchange();
		assertThat(page).hasStatusOk();
		return html(page);
	}

	private RequestPostProcessor login(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
