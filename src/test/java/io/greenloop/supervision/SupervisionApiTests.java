package io.greenloop.supervision;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The task and project APIs and pages as a logged-in user uses them: the filters narrow
 * the list, one task answers with its units, milestones and source, an unknown code is a
 * problem detail, and anonymous callers log in first.
 */
@GreenloopTest
class SupervisionApiTests {

	static final Pattern ROW = Pattern.compile("<tr data-code=\"([^\"]+)\" data-state=\"([A-Z_]+)\"");

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
	void listsTheTasksNarrowedByPlanUnitStateAndDueDate() {
		JsonNode all = this.api.expect("admin", "GET", "/api/tasks", null, 200);
		JsonNode hohhot = this.api.expect("hohhot-leader", "GET", "/api/tasks?plan=003", null, 200);
		assertThat(hohhot.size()).isEqualTo(59);
		assertThat(all.size()).isEqualTo(249);
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/tasks", null, 200).size())
			.as("Hohhot's accounts see Hohhot's tasks, not the region's or Ordos's")
			.isEqualTo(59);
		int byState = 0;
		for (TaskState state : TaskState.values()) {
			JsonNode inState = this.api.expect("admin", "GET", "/api/tasks?state=" + state, null, 200);
			inState.forEach(task -> assertThat(task.get("state").asString()).isEqualTo(state.name()));
			byState += inState.size();
		}
		assertThat(byState).isEqualTo(all.size());
		JsonNode early = this.api.expect("hohhot-leader", "GET", "/api/tasks?plan=003&dueBefore=2023-12-31", null, 200);
		assertThat(codes(early)).contains("003-1.01", "003-6.04", "003-6.05", "003-6.09").doesNotContain("003-1.02");
		early.forEach(task -> assertThat(task.get("due").asString()).isLessThanOrEqualTo("2023-12-31"));
		JsonNode late = this.api.expect("hohhot-leader", "GET", "/api/tasks?plan=003&dueAfter=2025-01-01", null, 200);
		assertThat(early.size() + late.size()).isLessThanOrEqualTo(59);
		late.forEach(task -> assertThat(task.get("due").asString()).isGreaterThanOrEqualTo("2025-01-01"));
		long bureau = leadOf(this.api.expect("hohhot-leader", "GET", "/api/tasks/003-3.01", null, 200));
		JsonNode ofBureau = this.api.expect("hohhot-leader", "GET", "/api/tasks?organisation=" + bureau, null, 200);
		assertThat(ofBureau.size()).isGreaterThanOrEqualTo(9);
		ofBureau.forEach(task -> {
			List<Long> ids = new ArrayList<>();
			task.get("units").forEach(unit -> ids.add(unit.path("organisationId").asLong()));
			assertThat(ids).contains(bureau);
		});
	}

	@Test
	void answersOneTaskWithItsUnitsMilestonesAndSource() {
		JsonNode task = this.api.expect("hohhot-reporter", "GET", "/api/tasks/003-1.02", null, 200);
		assertThat(task.get("name").asString()).isEqualTo("开展“无废城市”建设考核评估");
		assertThat(TaskState.valueOf(task.get("state").asString())).isNotNull();
		assertThat(task.get("milestones")).hasSize(2);
		assertThat(task.get("milestones").get(1).get("years").toString()).isEqualTo("[2024,2025]");
		assertThat(task.get("source").get("document").asString()).startsWith("003_");
		assertThat(task.get("source").get("lines").toString()).isEqualTo("[260,260]");
		JsonNode missing = this.api.expect("hohhot-reporter", "GET", "/api/tasks/003-9.99", null, 404);
		assertThat(missing.get("detail").asString()).contains("003-9.99");
	}

	@Test
	void answersTheProjectsWithTotalsAndTheTarget() {
		JsonNode view = this.api.expect("hohhot-leader", "GET", "/api/projects?plan=003", null, 200);
		assertThat(view.get("projects")).hasSize(24);
		assertThat(view.get("totals").get(0).get("planned").decimalValue()).isEqualByComparingTo("1969581.7");
		assertThat(view.get("target").get("indicatorCode").asString()).isEqualTo("003-T38");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/projects", null, 200).get("projects")).hasSize(31);
	}

	@Test
	void anonymousCallersLogInFirst() {
		for (String uri : List.of("/api/tasks", "/api/tasks/003-1.01", "/api/projects")) {
			assertThat(this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON)).as(uri).hasStatus(401);
		}
		for (String path : List.of("/tasks", "/projects")) {
			MvcTestResult anonymous = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
			assertThat(anonymous).as(path).hasStatus(302);
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void theTaskBoardShowsTheFilteredTasksInBothLanguages() {
		String page = html("/tasks?plan=003");
		assertThat(page).contains(">任务看板</h1>", "id=\"task-filters\"", "href=\"/tasks\"", "href=\"/projects\"",
				"呼和浩特市生态环境局", "各相关部门", "组织开展年度考核评估");
		List<String> rows = rows(page);
		assertThat(rows).hasSize(59).contains("003-1.01", "003-6.09");
		for (TaskState state : TaskState.values()) {
			assertThat(rows(html("/tasks?plan=003&state=" + state))).as(state.name())
				.containsExactlyElementsOf(codes(
						this.api.expect("hohhot-leader", "GET", "/api/tasks?plan=003&state=" + state, null, 200)));
		}
		assertThat(rows(html("/tasks?plan=003&dueBefore=2023-12-31"))).containsExactlyElementsOf(
				codes(this.api.expect("hohhot-leader", "GET", "/api/tasks?plan=003&dueBefore=2023-12-31", null, 200)));
		assertThat(states(html("/tasks?state=OVERDUE"))).allSatisfy(state -> assertThat(state).isEqualTo("OVERDUE"));
		assertThat(html("/tasks?plan=001&lang=en", "region-reviewer")).contains(">Task board</h1>", "units to assign",
				"not started");
	}

	@Test
	void theProjectListShowsTheTotalsAgainstTheTarget() {
		String page = html("/projects?plan=003");
		assertThat(page).contains(">项目清单</h1>", "id=\"investment-target\"", "003-T38", "1,969,581.7", "222", "原文残缺待核对",
				"投资额待核对", "50 万吨粉煤 综合利 80 万立 土加 项目");
		assertThat(page).containsPattern("data-code=\"003-P24\"");
		assertThat(html("/projects?lang=en")).contains(">Projects</h1>", "investment to check");
	}

	private String html(String path) {
		return html(path, "hohhot-leader");
	}

	private String html(String path, String username) {
		MvcTestResult result = this.mvc.get()
			.uri(path)
			.with(user(this.users.loadUserByUsername(username)))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(result).as(path).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> rows(String page) {
		List<String> codes = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			codes.add(row.group(1));
		}
		return codes;
	}

	private static List<String> states(String page) {
		List<String> states = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			states.add(row.group(2));
		}
		return states;
	}

	private static List<String> codes(JsonNode tasks) {
		List<String> codes = new ArrayList<>();
		tasks.forEach(task -> codes.add(task.get("code").asString()));
		return codes;
	}

	private static long leadOf(JsonNode task) {
		for (JsonNode unit : task.get("units")) {
			if ("LEAD".equals(unit.get("role").asString())) {
				return unit.get("organisationId").asLong();
			}
		}
		throw new AssertionError("no lead in " + task);
	}

}
