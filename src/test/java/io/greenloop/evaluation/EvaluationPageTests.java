package io.greenloop.evaluation;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The evaluation overview as a leader uses it: the year's results of the leader's region
 * and the regions below, counted by status, the lagging ones first; a status in the
 * summary narrows the table; Chinese by default, English on request; the menu leads to
 * it; outside the data scope 403, and anonymous visitors log in first.
 */
@GreenloopTest
class EvaluationPageTests {

	static final List<String> WORST_FIRST = List.of("SERIOUSLY_LAGGING", "LAGGING", "NEEDS_JUDGEMENT", "NO_DATA",
			"ON_TRACK", "ACHIEVED");

	static final Pattern ROW_STATUS = Pattern.compile("<tr data-status=\"([A-Z_]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void showsTheLeadersRegionThisYearCountedByStatusTheLaggingFirst() {
		String page = html(get("hohhot-leader", "/evaluation"));
		assertThat(page)
			.contains(">目标评估</h1>", "id=\"status-summary\"", "id=\"evaluation-table\"", "待人工评定", "无数据", "呼和浩特市",
					"href=\"/evaluation\"", "id=\"report-downloads\"", "/api/reports/003/annual?format=docx")
			.containsPattern("<option value=\"150100\" selected=\"selected\">")
			.containsPattern("<option value=\"2025\" selected=\"selected\">2025</option>");
		JsonNode results = this.api.expect("hohhot-leader", "GET", "/api/evaluation?region=150100&year=2025", null,
				200);
		List<String> statuses = statuses(page);
		assertThat(statuses).as("a row for every result").hasSize(results.size());
		assertThat(statuses).as("the lagging ones first")
			.isSortedAccordingTo(Comparator.comparingInt(WORST_FIRST::indexOf));
		for (String status : WORST_FIRST) {
			long count = statuses.stream().filter(status::equals).count();
			assertThat(dataCount(page, status)).as(status).isEqualTo(String.valueOf(count));
		}
		assertThat(page).as("each row's status as a badge")
			.contains("<span class=\"badge gl-status gl-status-NEEDS_JUDGEMENT\">待人工评定</span>");
		assertThat(html(get("hohhot-leader", "/evaluation?lang=en"))).contains(">Target evaluation</h1>",
				"needs judgement", "no data", ">Evaluation</a>", "id=\"evaluation-table\"");
	}

	@Test
	void aStatusOfTheSummaryNarrowsTheTableAndKeepsTheCounts() {
		String all = html(get("hohhot-leader", "/evaluation?region=150100&year=2025"));
		String count = dataCount(all, "NEEDS_JUDGEMENT");
		assertThat(all).contains(
				"href=\"/evaluation?plan=&amp;region=150100&amp;year=2025&amp;method=PLAN&amp;status=NEEDS_JUDGEMENT\"");

		String judgement = html(
				get("hohhot-leader", "/evaluation?plan&region=150100&year=2025&method=PLAN&status=NEEDS_JUDGEMENT"));
		assertThat(statuses(judgement)).hasSize(Integer.parseInt(count)).containsOnly("NEEDS_JUDGEMENT");
		assertThat(dataCount(judgement, "NO_DATA")).as("the summary still counts every status")
			.isEqualTo(dataCount(all, "NO_DATA"));
		assertThat(judgement).contains("id=\"summary-NEEDS_JUDGEMENT\"")
			.containsPattern("gl-status-NEEDS_JUDGEMENT gl-chosen");

		MvcTestResult htmx = this.mvc.get()
			.uri("/evaluation?region=150100&year=2025&status=NO_DATA")
			.header("HX-Request", "true")
			.with(login("hohhot-leader"))
			.exchange();
		assertThat(htmx).hasStatusOk()
			.bodyText()
			.contains("id=\"evaluation-results\"")
			.doesNotContain("<nav", "id=\"evaluation-filter\"");
		assertThat(statuses(html(htmx))).isNotEmpty().containsOnly("NO_DATA");
	}

	@Test
	void aLongTableComesInPagesOfTwoHundred() {
		String first = html(get("admin", "/evaluation?region=&year=2025"));
		int total = Integer
			.parseInt(first.replaceAll("(?s).*id=\"summary-all\"[^>]*>[^0-9]*([0-9,]+).*", "$1").replace(",", ""));
		assertThat(total).as("more than a page").isGreaterThan(200);
		assertThat(statuses(first)).hasSize(200);
		assertThat(first)
			.contains("id=\"pager-next\"",
					"第1/" + ((total + 199) / 200) + "页：第1–200条，共"
							+ NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE).format(total) + "条")
			.doesNotContain("id=\"pager-previous\"");
		String second = html(get("admin", "/evaluation?region=&year=2025&page=1"));
		assertThat(statuses(second)).hasSize(Math.min(200, total - 200));
		assertThat(second).contains("id=\"pager-previous\"", "page=0");
		assertThat(html(get("admin", "/evaluation?region=&year=2025&page=999"))).as("past the end: the last page")
			.contains("第" + (total + 199) / 200 + "/" + (total + 199) / 200 + "页");
	}

	@Test
	void theOpenSdgMethodCountsItsOwnStatuses() {
		String page = html(get("hohhot-leader", "/evaluation?method=OPEN_SDG"));
		assertThat(page).contains("id=\"summary-NOT_AVAILABLE\"", "无法评估").doesNotContain("id=\"summary-NO_DATA\"");
		assertThat(get("hohhot-leader", "/evaluation?method=OTHER")).hasStatus(400);
	}

	@Test
	void outsidersAreRefusedAndAnonymousVisitorsLogInFirst() {
		assertThat(get("ordos-leader", "/evaluation?region=150100")).hasStatus(403);
		assertThat(get("ordos-leader", "/evaluation/003-T01?region=150100")).hasStatus(403);
		assertThat(get("hohhot-leader", "/evaluation?region=15010X")).hasStatus(400);
		assertThat(get("hohhot-leader", "/evaluation/NO-SUCH-TARGET")).hasStatus(404);
		for (String path : List.of("/evaluation", "/evaluation/003-T01?region=150100")) {
			MvcTestResult anonymous = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
			assertThat(anonymous).as(path).hasStatus(302);
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	private MvcTestResult get(String user, String path) {
		return this.mvc.get().uri(path).with(login(user)).accept(MediaType.TEXT_HTML).exchange();
	}

	private RequestPostProcessor login(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The statuses of the table's rows, in the order shown. */
	static List<String> statuses(String page) {
		List<String> statuses = new ArrayList<>();
		Matcher row = ROW_STATUS.matcher(page);
		while (row.find()) {
			statuses.add(row.group(1));
		}
		return statuses;
	}

	private static String dataCount(String page, String status) {
		Matcher count = Pattern.compile("id=\"summary-" + status + "\"[^>]*data-count=\"(\\d+)\"").matcher(page);
		assertThat(count.find()).as("count of " + status).isTrue();
		return count.group(1);
	}

	static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
