package io.greenloop.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The supervision pages: the unit's to-do list (report with evidence, answer a 督办), the
 * rounds (open, consolidate, close, download) and the projects' actual investment; and
 * their refusals: another unit's task (403), an unknown round (404), a form without its
 * CSRF token (403), a non-administrator closing (403).
 */
@GreenloopTest
class SupervisionPageTests {

	static final byte[] PDF = "%PDF-1.7\n% 证明材料\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	static final String BUREAU = "市生态环境局";

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
	void aUnitReportsWithEvidenceOnItsToDoListAndTheLeadUnitConsolidatesOnTheRoundPage() {
		MvcTestResult opened = this.mvc.post()
			.uri("/dispatch-rounds")
			.param("name", "2025年第四季度页面调度")
			.param("plan", "003")
			.param("deadline", LocalDate.of(2025, 12, 18).toString())
			.with(login("admin"))
			.with(csrf())
			.exchange();
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).matches("/dispatch-rounds/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		JsonNode round = this.api.expect("admin", "GET", "/api/dispatch-rounds/" + id, null, 200);
		JsonNode mine = slot(round, BUREAU, true);
		String code = mine.get("code").asString();

		String todo = html(page("hohhot-reporter", "/supervision/todo"));
		assertThat(todo).contains("name=\"_csrf\"");
		assertThat(section(todo, id)).contains("data-code=\"" + code + "\"");
		assertThat(html(page("admin", "/dispatch-rounds"))).contains("id=\"open-round\"", "2025年第四季度页面调度");
		assertThat(html(page("hohhot-reporter", "/dispatch-rounds"))).doesNotContain("id=\"open-round\"");

		assertThat(report("hohhot-reporter", "TASK", code, false)).hasStatus(403);
		MvcTestResult reported = report("hohhot-reporter", "TASK", code, true);
		assertThat(reported).hasRedirectedUrl("/supervision/todo");
		JsonNode submitted = find(this.api.expect("admin", "GET", "/api/dispatch-rounds/" + id, null, 200),
				mine.get("id").asLong());
		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("evidence").get(0).get("fileName").asString()).isEqualTo("现场照片.pdf");

		String other = notNaming(round, mine.get("organisationId").asLong());
		assertThat(report("hohhot-reporter", "TASK", other, true)).as("another unit's task").hasStatus(403);

		String roundPage = html(page("admin", "/dispatch-rounds/" + id));
		assertThat(roundPage).contains("id=\"download-docx\"", "format=docx", "现场照片.pdf", "id=\"close-round\"");
		assertThat(row(roundPage, mine.get("id").asLong())).contains("btn-success accept");
		assertThat(row(html(page("hohhot-reporter", "/dispatch-rounds/" + id)), mine.get("id").asLong()))
			.as("a reporter does not consolidate")
			.doesNotContain("btn-success accept");
		MvcTestResult accepted = this.mvc.post()
			.uri("/dispatch-rounds/" + id + "/decisions")
			.param("report", mine.get("id").asString())
			.param("accept", "true")
			.with(login("admin"))
			.with(csrf())
			.exchange();
		assertThat(accepted).hasRedirectedUrl("/dispatch-rounds/" + id);
		assertThat(
				find(this.api.expect("admin", "GET", "/api/dispatch-rounds/" + id, null, 200), mine.get("id").asLong())
					.get("state")
					.asString())
			.isEqualTo("ACCEPTED");
		assertThat(section(html(page("hohhot-reporter", "/supervision/todo")), id))
			.as("an accepted slot leaves the round's to-do list")
			.doesNotContain("data-code=\"" + code + "\"");

		assertThat(post("hohhot-reviewer", "/dispatch-rounds/" + id + "/close")).hasStatus(403);
		assertThat(post("admin", "/dispatch-rounds/" + id + "/close")).hasRedirectedUrl("/dispatch-rounds/" + id);
		assertThat(html(page("admin", "/dispatch-rounds/" + id))).contains("data-state=\"CLOSED\"")
			.doesNotContain("id=\"close-round\"");
	}

	@Test
	void refusesUnknownRoundsFormsWithoutTokenAndBadInput() {
		assertThat(page("hohhot-reporter", "/dispatch-rounds/999999")).hasStatus(404);
		MvcTestResult noToken = this.mvc.post()
			.uri("/dispatch-rounds")
			.param("name", "x")
			.param("plan", "003")
			.param("deadline", "2025-12-20")
			.with(login("admin"))
			.exchange();
		assertThat(noToken).hasStatus(403);
		MvcTestResult past = this.mvc.post()
			.uri("/dispatch-rounds")
			.param("name", "过去的调度")
			.param("plan", "003")
			.param("deadline", "2025-01-01")
			.with(login("admin"))
			.with(csrf())
			.exchange();
		assertThat(past).hasRedirectedUrl("/dispatch-rounds");
		assertThat(past.getMvcResult().getFlashMap().get("refused").toString()).contains("2025-01-01");
		assertThat(post("hohhot-reporter", "/dispatch-rounds")).hasStatus(403);
	}

	@Test
	void aUnitAnswersA督办ItemOnItsToDoList() {
		JsonNode items = this.api.expect("hohhot-reporter", "GET", "/api/supervision-items?mine=true&open=true", null,
				200);
		assertThat(items.size()).as("the seeds' missed 2023/2024 milestones open 督办 items").isPositive();
		long item = items.get(0).get("id").asLong();
		String todo = html(page("hohhot-reporter", "/supervision/todo"));
		assertThat(todo).contains("data-item=\"" + item + "\"", "/supervision/todo/items/" + item + "/reply");
		MvcTestResult empty = this.mvc.post()
			.uri("/supervision/todo/items/" + item + "/reply")
			.param("text", " ")
			.with(login("hohhot-reporter"))
			.with(csrf())
			.exchange();
		assertThat(empty.getMvcResult().getFlashMap().containsKey("refused")).isTrue();
		MvcTestResult replied = this.mvc.post()
			.uri("/supervision/todo/items/" + item + "/reply")
			.param("text", "已制定整改计划，年底前完成")
			.with(login("hohhot-reporter"))
			.with(csrf())
			.exchange();
		assertThat(replied).hasRedirectedUrl("/supervision/todo");
		assertThat(html(page("hohhot-reporter", "/supervision/todo"))).doesNotContain("data-item=\"" + item + "\"");
	}

	@Test
	void theProjectListShowsActualInvestmentAgainstTheTarget() {
		String projects = html(page("hohhot-leader", "/projects?plan=003"));
		assertThat(projects).contains("id=\"actual-share\"", "class=\"gl-actual-total\"", "已完成投资（万元）");
		JsonNode view = this.api.expect("hohhot-leader", "GET", "/api/projects?plan=003", null, 200);
		assertThat(view.get("target").get("actual").decimalValue())
			.isEqualByComparingTo(view.get("totals").get(0).get("actual").decimalValue());
		List<String> codes = new ArrayList<>();
		view.get("actual").properties().forEach(entry -> codes.add(entry.getKey()));
		codes.forEach(code -> assertThat(projects).contains("data-code=\"" + code + "\""));
	}

	private MvcTestResult report(String username, String kind, String code, boolean withToken) {
		var request = this.mvc.post()
			.uri("/supervision/todo/progress")
			.multipart()
			.file(new MockMultipartFile("files", "现场照片.pdf", "application/pdf", PDF))
			.param("kind", kind)
			.param("code", code)
			.param("text", "已完成现场核查")
			.param("percent", "40")
			.with(login(username));
		return (withToken ? request.with(csrf()) : request).exchange();
	}

	private MvcTestResult post(String username, String uri) {
		return this.mvc.post().uri(uri).with(login(username)).with(csrf()).exchange();
	}

	private MvcTestResult page(String username, String uri) {
		return this.mvc.get().uri(uri).with(login(username)).accept(MediaType.TEXT_HTML).exchange();
	}

	private static JsonNode slot(JsonNode round, String unit, boolean ofUnit) {
		for (JsonNode report : round.get("reports")) {
			if (report.get("kind").asString().equals("TASK")
					&& report.get("organisationName").asString().endsWith(unit) == ofUnit
					&& (ofUnit || !report.get("organisationName").asString().contains("生态环境"))) {
				return report;
			}
		}
		throw new AssertionError("no slot " + (ofUnit ? "of " : "not of ") + unit);
	}

	/** A task of the round that does not name the organisation at all. */
	private String notNaming(JsonNode round, long organisation) {
		for (JsonNode report : round.get("reports")) {
			if (report.get("kind").asString().equals("TASK")) {
				String code = report.get("code").asString();
				JsonNode units = this.api.expect("admin", "GET", "/api/tasks/" + code, null, 200).get("units");
				boolean names = false;
				for (JsonNode unit : units) {
					names |= unit.path("organisationId").asLong() == organisation;
				}
				if (!names) {
					return code;
				}
			}
		}
		throw new AssertionError("every task names " + organisation);
	}

	/** The part of the to-do list for one round (empty when nothing is left in it). */
	private static String section(String page, long round) {
		int start = page.indexOf("data-round=\"" + round + "\"");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</section>", start));
	}

	private static String row(String page, long report) {
		int start = page.indexOf("data-report=\"" + report + "\"");
		assertThat(start).as("row of report " + report).isNotNegative();
		int end = page.indexOf("</tr>", start);
		return page.substring(start, end);
	}

	private static JsonNode find(JsonNode round, long report) {
		for (JsonNode found : round.get("reports")) {
			if (found.get("id").asLong() == report) {
				return found;
			}
		}
		throw new AssertionError("no report " + report);
	}

	private RequestPostProcessor login(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
