package io.greenloop.reporting;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The reporting and administration pages as people use them, logged in with a session:
 * each renders its content in Chinese, and in English on request, for the role that uses
 * it; is refused to a role that must not use it; sends anonymous visitors to the login
 * page. Forms change what they say they change and nothing when refused. Hohhot's 生态环境局
 * reports 2024Q1, a quarter only this class opens (while each test runs); the
 * administrator moves the window of 2022Q2, which no other test uses.
 */
@GreenloopTest
class ReportingPageTests {

	static final String QUARTER = "2024Q1";

	static final String MOVED = "2022Q2";

	static final String REPORTER = "hohhot-reporter";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Api api;

	Map<String, Object> quarterWindow;

	Map<String, Object> movedWindow;

	@BeforeEach
	void openQuarter() {
		this.api = new Api(this.mvc);
		this.quarterWindow = window(QUARTER);
		this.movedWindow = window(MOVED);
		this.jdbc.sql("UPDATE reporting.period SET closes_on = DATE '2025-12-20' WHERE code = :code")
			.param("code", QUARTER)
			.update();
	}

	@AfterEach
	void restoreWindowsAndRules() {
		for (Map<String, Object> window : List.of(this.quarterWindow, this.movedWindow)) {
			this.jdbc.sql("UPDATE reporting.period SET opens_on = :opens_on, closes_on = :closes_on WHERE code = :code")
				.params(window)
				.update();
		}
		this.jdbc.sql("DELETE FROM reporting.validation_rule WHERE code LIKE 'PAGE\\_%'").update();
	}

	@Test
	void everyPageRendersInChineseAndEnglishForItsUser() {
		long id = startSubmission();
		page(REPORTER, "/reporting", List.of(">数据填报</h1>", "id=\"open-forms\"", "data-period=\"" + QUARTER + "\""),
				List.of(">Reporting</h1>"));
		page(REPORTER, "/submissions/" + id, List.of("报送 #" + id, "id=\"values-form\"", "id=\"approval-chain\""),
				List.of("Submission #" + id, ">Save draft</button>"));
		page("hohhot-reviewer", "/review", List.of(">数据审核</h1>", "待我审核"),
				List.of(">Review</h1>", "Awaiting my review"));
		page("hohhot-leader", "/values?region=150100", List.of(">已审核数据</h1>", "id=\"values\""),
				List.of(">Approved values</h1>"));
		page("admin", "/admin", List.of(">管理</h1>", "href=\"/admin/rules\""), List.of(">Administration</h1>"));
		page("admin", "/admin/rules", List.of(">校验规则</h1>", "id=\"rule-PERCENT_RANGE\"", "id=\"rule-new\""),
				List.of(">Validation rules</h1>"));
		page("admin", "/admin/periods", List.of(">报送期间与审核层级</h1>", "id=\"periods\"", "2025Q4"),
				List.of(">Periods and approval levels</h1>"));
		page("admin", "/admin/import", List.of(">批量导入数据</h1>", "id=\"bulk-import\""), List.of(">Import values</h1>"));
		page("admin", "/admin/accounts", List.of(">账户管理</h1>", "id=\"accounts\"", "hohhot-reporter"),
				List.of(">Accounts</h1>"));
		page("admin", "/audit", List.of(">审计日志</h1>", "id=\"audit-entries\""), List.of(">Audit log</h1>"));
	}

	@Test
	void rolesThatMustNotUseAPageAreRefused() {
		long id = startSubmission();
		for (String outsider : List.of("ordos-reporter", "ordos-leader", "saihan-reporter")) {
			assertThat(get(outsider, "/submissions/" + id)).as(outsider).hasStatus(403);
		}
		assertThat(get(REPORTER, "/submissions/99999999")).hasStatus(404);
		assertThat(get("ordos-leader", "/values?region=150100")).hasStatus(403);
		for (String path : List.of("/admin", "/admin/rules", "/admin/periods", "/admin/import", "/admin/accounts",
				"/audit")) {
			for (String user : List.of("hohhot-reviewer", REPORTER, "region-reviewer")) {
				assertThat(get(user, path)).as(user + " " + path).hasStatus(403);
			}
		}
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		for (String path : List.of("/reporting", "/submissions/1", "/review", "/values", "/admin", "/admin/rules",
				"/admin/periods", "/admin/import", "/admin/accounts", "/audit")) {
			MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
			assertThat(result).as(path).hasStatus(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void theMenuShowsTheSectionsTheUserMayUse() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("href=\"/indicators\"")
			.doesNotContain("href=\"/reporting\"", "href=\"/admin\"", "href=\"/audit\"");
		assertThat(get(REPORTER, "/values")).bodyText()
			.contains("href=\"/reporting\"", "href=\"/values\"")
			.doesNotContain("href=\"/review\"", "href=\"/admin\"", "href=\"/audit\"");
		assertThat(get("admin", "/admin")).bodyText()
			.contains("href=\"/reporting\"", "href=\"/review\"", "href=\"/admin\"", "href=\"/audit\"");
	}

	@Test
	void theAdministratorOpensAndClosesAPeriod() {
		assertThat(openPeriods()).doesNotContain(MOVED);
		String closesOn = this.movedWindow.get("closes_on").toString();
		String opensOn = this.movedWindow.get("opens_on").toString();

		assertThat(movePeriod("hohhot-reviewer", opensOn, "2025-12-31", true)).hasStatus(403);
		assertThat(movePeriod("admin", opensOn, "2025-12-31", false)).hasStatus(403);
		MvcTestResult refused = movePeriod("admin", "2025-12-31", "2025-01-01", true);
		assertThat(refused).hasRedirectedUrl("/admin/periods?year=2022");
		assertThat(follow(refused, "/admin/periods?year=2022")).contains("截止日期不能早于开始日期");
		assertThat(openPeriods()).doesNotContain(MOVED);

		MvcTestResult opened = movePeriod("admin", opensOn, "2025-12-31", true);
		assertThat(opened).hasRedirectedUrl("/admin/periods?year=2022");
		assertThat(openPeriods()).contains(MOVED);
		String page = follow(opened, "/admin/periods?year=2022");
		assertThat(page).contains("id=\"period-saved\"");
		assertThat(periodRow(page)).contains("table-success").contains("value=\"2025-12-31\"");

		assertThat(movePeriod("admin", opensOn, closesOn, true)).hasRedirectedUrl("/admin/periods?year=2022");
		assertThat(openPeriods()).doesNotContain(MOVED);
		assertThat(periodRow(html(get("admin", "/admin/periods?year=2022")))).doesNotContain("table-success");
	}

	@Test
	void aRuleWithABadExpressionIsShownWithItsProblemAndNotStored() {
		MvcTestResult bad = saveRule("admin", "PAGE_BAD", "value *", true);
		assertThat(bad).hasRedirectedUrl("/admin/rules");
		String page = follow(bad, "/admin/rules");
		assertThat(page).contains("id=\"rule-problems\"", "规则 PAGE_BAD 未保存：", "左侧：第8个字符处")
			.doesNotContain("id=\"rule-PAGE_BAD\"");
		assertThat(page).as("the new rule's form keeps what was typed")
			.containsPattern("id=\"rule-new\"[\\s\\S]*name=\"code\" value=\"PAGE_BAD\"")
			.contains("value=\"value *\"", "value=\"003-T01\"");
		this.api.expect("admin", "GET", "/api/rules/PAGE_BAD", null, 404);

		assertThat(saveRule(REPORTER, "PAGE_GOOD", "value", true)).hasStatus(403);
		this.api.expect("admin", "GET", "/api/rules/PAGE_GOOD", null, 404);
		MvcTestResult good = saveRule("admin", "PAGE_GOOD", "value", true);
		assertThat(follow(good, "/admin/rules")).contains("id=\"rule-saved\"", "id=\"rule-PAGE_GOOD\"")
			.doesNotContain("id=\"rule-problems\"");
		assertThat(this.api.expect("admin", "GET", "/api/rules/PAGE_GOOD", null, 200).get("enabled").asBoolean())
			.isFalse();
		assertThat(this.mvc.post().uri("/admin/rules/PAGE_GOOD/delete").with(login("admin")).with(csrf()))
			.hasRedirectedUrl("/admin/rules");
		this.api.expect("admin", "GET", "/api/rules/PAGE_GOOD", null, 404);
	}

	@Test
	void aValueOutOfRangeMarksItsRowAndNothingIsSaved() {
		long id = startSubmission();
		List<JsonNode> lines = new ArrayList<>();
		this.api.expect(REPORTER, "GET", "/api/submissions/" + id, null, 200).get("lines").forEach(lines::add);
		String percent = code(lines, true);
		String other = code(lines, false);

		MvcTestResult saved = this.mvc.post()
			.uri("/submissions/" + id + "/values")
			.with(login(REPORTER))
			.with(csrf())
			.param("value." + percent, "120")
			.param("value." + other, "5")
			.param("reason", "页面测试")
			.exchange();
		assertThat(saved).hasStatusOk();
		String page = html(saved);
		assertThat(page).contains("id=\"problem-summary\"", "数值未保存", "PERCENT_RANGE", "百分比在0至100之间");
		assertThat(row(page, percent)).contains("table-danger", "value=\"120\"");
		assertThat(row(page, other)).doesNotContain("table-danger").contains("value=\"5\"");

		JsonNode stored = this.api.expect(REPORTER, "GET", "/api/submissions/" + id, null, 200);
		assertThat(stored.get("lines").toString()).doesNotContain("\"value\":120", "\"value\":5");
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + id + "/history", null, 200)
			.get("changes")
			.toString()).doesNotContain(percent, other);
	}

	/** Starts Hohhot's submission of the quarter from the reporting page. */
	private long startSubmission() {
		MvcTestResult created = this.mvc.post()
			.uri("/reporting/submissions")
			.with(login(REPORTER))
			.with(csrf())
			.param("form", "003")
			.param("period", QUARTER)
			.exchange();
		assertThat(created).hasStatus(302);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/submissions/\\d+");
		return Long.parseLong(location.substring("/submissions/".length()));
	}

	private void page(String user, String path, List<String> chinese, List<String> english) {
		assertThat(get(user, path)).as(user + " " + path).hasStatusOk().bodyText().contains(chinese);
		String englishPath = path + (path.contains("?") ? "&" : "?") + "lang=en";
		assertThat(get(user, englishPath)).as(user + " " + englishPath).hasStatusOk().bodyText().contains(english);
	}

	private MvcTestResult get(String user, String path) {
		return this.mvc.get().uri(path).with(login(user)).accept(MediaType.TEXT_HTML).exchange();
	}

	/** The page a redirect leads to, with the flash attributes the redirect carries. */
	private String follow(MvcTestResult redirect, String path) {
		MvcTestResult page = this.mvc.get()
			.uri(path)
			.with(login("admin"))
			.flashAttrs(redirect.getMvcResult().getFlashMap())
			.exchange();
		assertThat(page).hasStatusOk();
		return html(page);
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult movePeriod(String user, String opensOn, String closesOn, boolean withToken) {
		var request = this.mvc.post()
			.uri("/admin/periods/" + MOVED)
			.with(login(user))
			.param("opensOn", opensOn)
			.param("closesOn", closesOn)
			.param("year", "2022");
		return (withToken ? request.with(csrf()) : request).exchange();
	}

	private MvcTestResult saveRule(String user, String code, String left, boolean withToken) {
		var request = this.mvc.post()
			.uri("/admin/rules")
			.with(login(user))
			.param("code", code)
			.param("name", "页面规则")
			.param("kind", "COMPARISON")
			.param("left", left)
			.param("operator", "LE")
			.param("right", "100")
			.param("importance", "WARNING")
			.param("onMissing", "SKIP")
			.param("scopeItem", "003-T01");
		return (withToken ? request.with(csrf()) : request).exchange();
	}

	private List<String> openPeriods() {
		List<String> codes = new ArrayList<>();
		this.api.expect("admin", "GET", "/api/periods?kind=QUARTER&open=true", null, 200)
			.forEach(period -> codes.add(period.get("code").asString()));
		return codes;
	}

	private RequestPostProcessor login(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private Map<String, Object> window(String code) {
		return this.jdbc.sql("SELECT code, opens_on, closes_on FROM reporting.period WHERE code = :code")
			.param("code", code)
			.query()
			.singleRow();
	}

	/**
	 * The percent-level item of the lines, or one that is numeric and not a percentage.
	 */
	private static String code(List<JsonNode> lines, boolean percentLevel) {
		return lines.stream()
			.map(line -> line.get("item"))
			.filter(item -> item.get("numeric").asBoolean() && percentLevel == ("%".equals(item.get("unit").asString())
					&& "LEVEL".equals(item.get("measure").asString())))
			.filter(item -> percentLevel || !"%".equals(item.get("unit").asString()))
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString();
	}

	/** The grid row of an item, up to its end. */
	private static String row(String page, String code) {
		Matcher row = Pattern.compile("<tr[^>]*data-code=\"" + Pattern.quote(code) + "\"[\\s\\S]*?</tr>").matcher(page);
		assertThat(row.find()).as("row of " + code).isTrue();
		return row.group();
	}

	/** The periods table's row of the moved quarter, up to its end. */
	private static String periodRow(String page) {
		Matcher row = Pattern.compile("<tr[^>]*>\\s*<td>" + MOVED + "</td>[\\s\\S]*?</tr>").matcher(page);
		assertThat(row.find()).as("row of " + MOVED).isTrue();
		return row.group();
	}

}
