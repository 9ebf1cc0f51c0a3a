package io.greenloop.supervision;

import java.nio.charset.StandardCharsets;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Progress on a task as its units report it: 市生态环境局 leads and answers for 003-2.13 and
 * 003-2.22 (no other unit is named), so its reporter reports and its reviewer, the lead
 * unit's, accepts or sends back; other units and other regions are refused; completion
 * needs evidence, which is checked like reporting's attachments; every change is kept.
 */
@GreenloopTest
class ProgressApiTests {

	static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void aUnitReportsItsLeadSendsBackThenAcceptsAndTheTaskMovesOn() {
		String before = state("003-2.13");
		JsonNode report = this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.13/progress",
				new ReportProgress("完成园区固废排查", 30, null, false), 200);
		assertThat(report.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(report.get("organisationName").asString()).isEqualTo("呼和浩特市生态环境局");
		long id = report.get("id").asLong();
		assertThat(state("003-2.13")).as("a report moves nothing until the lead unit accepts it").isEqualTo(before);

		this.api.expect("ordos-reviewer", "POST", "/api/progress-reports/" + id + "/accept", null, 403);
		JsonNode noReason = this.api.expect("hohhot-reviewer", "POST", "/api/progress-reports/" + id + "/return",
				new Reason(""), 400);
		assertThat(noReason.get("field").asString()).isEqualTo("reason");
		this.api.expect("hohhot-reviewer", "POST", "/api/progress-reports/" + id + "/return", new Reason("请写明排查数量"),
				200);
		this.api.expect("hohhot-reviewer", "POST", "/api/progress-reports/" + id + "/accept", null, 409);
		JsonNode again = this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.13/progress",
				new ReportProgress("排查企业42家", 35, null, false), 200);
		assertThat(again.get("id").asLong()).isEqualTo(id);
		this.api.expect("hohhot-reviewer", "POST", "/api/progress-reports/" + id + "/accept", null, 200);

		JsonNode progress = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.13/progress", null, 200);
		assertThat(progress.get("state").asString()).as("推进中, unless a missed deadline made it 逾期 before")
			.isEqualTo(before.equals("OVERDUE") ? "OVERDUE" : "IN_PROGRESS");
		assertThat(progress.get("progress").asInt()).isEqualTo(35);
		assertThat(actions(progress)).containsSubsequence("REPORTED", "RETURNED", "REPORTED", "PROGRESS");
		JsonNode returned = null;
		for (JsonNode change : progress.get("history")) {
			returned = change.get("action").asString().equals("RETURNED") ? change : returned;
		}
		assertThat(returned.get("reason").asString()).isEqualTo("请写明排查数量");
		assertThat(returned.get("by").asString()).isEqualTo("hohhot-reviewer");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.13", null, 200).get("progress").asInt())
			.isEqualTo(35);
	}

	@Test
	void refusesOtherUnitsOtherRegionsAndBadInputWithoutWritingAnything() {
		int before = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.22/progress", null, 200)
			.get("reports")
			.size();
		this.api.expect("hohhot-leader", "POST", "/api/tasks/003-2.22/progress",
				new ReportProgress("x", 10, null, false), 403);
		this.api.expect("ordos-reporter", "POST", "/api/tasks/003-2.22/progress",
				new ReportProgress("x", 10, null, false), 403);
		this.api.expect("ordos-reporter", "GET", "/api/tasks/003-2.22/progress", null, 403);
		this.api.expect("ordos-reporter", "GET", "/api/tasks/003-2.22", null, 403);
		this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-9.99/progress",
				new ReportProgress("x", 10, null, false), 404);
		JsonNode percent = this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.22/progress",
				new ReportProgress("x", 120, null, false), 400);
		assertThat(percent.get("field").asString()).isEqualTo("percent");
		assertThat(percent.get("detail").asString()).contains("0至100");
		JsonNode noEvidence = this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.22/progress",
				new ReportProgress("已完成", 100, null, true), 400);
		assertThat(noEvidence.get("field").asString()).isEqualTo("files");
		JsonNode renamed = this.api.expect(upload("003-2.22", "证明.pdf", "MZ not a pdf".getBytes(), true), 400);
		assertThat(renamed.get("field").asString()).isEqualTo("files");
		assertThat(renamed.get("detail").asString()).contains("证明.pdf", "PDF");
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.22/progress", null, 200)
			.get("reports")
			.size()).isEqualTo(before);
	}

	@Test
	void aCompletionWithEvidenceConfirmedByTheLeadCompletesTheTask() throws Exception {
		JsonNode report = this.api.expect(upload("003-2.22", "验收报告.pdf", PDF, true), 200);
		assertThat(report.get("completes").asBoolean()).isTrue();
		JsonNode evidence = report.get("evidence").get(0);
		assertThat(evidence.get("fileName").asString()).isEqualTo("验收报告.pdf");
		assertThat(evidence.get("contentType").asString()).isEqualTo("application/pdf");
		MvcTestResult download = this.mvc.get()
			.uri("/api/progress-evidence/" + evidence.get("id").asLong())
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		this.api.expect("hohhot-reviewer", "POST", "/api/progress-reports/" + report.get("id").asLong() + "/accept",
				null, 200);
		JsonNode progress = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.22/progress", null, 200);
		assertThat(progress.get("state").asString()).isEqualTo("COMPLETED");
		assertThat(progress.get("progress").asInt()).isEqualTo(100);
		assertThat(actions(progress)).endsWith("PROGRESS", "COMPLETE");
		this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.22/progress",
				new ReportProgress("再报", 100, null, false), 409);
	}

	private MvcTestResult upload(String task, String name, byte[] content, boolean completes) {
		return this.mvc.post()
			.uri("/api/tasks/" + task + "/progress")
			.multipart()
			.file(new MockMultipartFile("files", name, "application/pdf", content))
			.param("text", "已按方案完成")
			.param("percent", "100")
			.param("completes", String.valueOf(completes))
			.with(httpBasic("hohhot-reporter", Api.DEMO_PASSWORD))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	private String state(String code) {
		return this.api.expect("hohhot-leader", "GET", "/api/tasks/" + code, null, 200).get("state").asString();
	}

	private static java.util.List<String> actions(JsonNode progress) {
		java.util.List<String> actions = new java.util.ArrayList<>();
		progress.get("history").forEach(change -> actions.add(change.get("action").asString()));
		return actions;
	}

	record Reason(String reason) {
	}

}
