package io.greenloop.supervision;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * A dispatch round through the API: an administrator opens it for Hohhot's plan; every
 * open task's units and every project get their slot; 市生态环境局 reports on the task it leads
 * and answers for, 市“无废办” on a project with its quarter's investment; the lead units
 * consolidate; the round closes; its .docx and .xlsx hold every task of the round.
 */
@GreenloopTest
class DispatchRoundTests {

	static final LocalDate DEADLINE = LocalDate.of(2025, 12, 15);

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void refusesRoundsFromNonAdministratorsAndWithoutNameOrWithAPastDeadline() {
		int before = this.api.expect("admin", "GET", "/api/dispatch-rounds", null, 200).size();
		this.api.expect("hohhot-reviewer", "POST", "/api/dispatch-rounds", new OpenRound("调度", "003", DEADLINE, null),
				403);
		assertThat(
				this.api.expect("admin", "POST", "/api/dispatch-rounds", new OpenRound(" ", "003", DEADLINE, null), 400)
					.get("field")
					.asString())
			.isEqualTo("name");
		JsonNode past = this.api.expect("admin", "POST", "/api/dispatch-rounds",
				new OpenRound("2025年第三季度调度", "003", LocalDate.of(2025, 10, 1), null), 400);
		assertThat(past.get("field").asString()).isEqualTo("deadline");
		assertThat(past.get("detail").asString()).contains("2025-10-01");
		assertThat(this.api
			.expect("admin", "POST", "/api/dispatch-rounds", new OpenRound("调度", "009", DEADLINE, null), 400)
			.get("field")
			.asString()).isEqualTo("plan");
		assertThat(this.api.expect("admin", "GET", "/api/dispatch-rounds", null, 200).size()).isEqualTo(before);
		this.api.expect("admin", "GET", "/api/dispatch-rounds/999999", null, 404);
	}

	@Test
	void aRoundIsOpenedReportedConsolidatedClosedAndReported() throws Exception {
		JsonNode round = this.api.expect("admin", "POST", "/api/dispatch-rounds",
				new OpenRound("2025年第四季度调度", "003", DEADLINE, null), 200);
		long id = round.get("id").asLong();
		assertThat(round.get("state").asString()).isEqualTo("OPEN");
		assertThat(round.get("year").asInt()).isEqualTo(2025);
		Set<String> tasks = new HashSet<>();
		Set<String> projects = new HashSet<>();
		round.get("reports").forEach(report -> {
			assertThat(report.get("state").asString()).isEqualTo("PENDING");
			(report.get("kind").asString().equals("TASK") ? tasks : projects).add(report.get("code").asString());
		});
		assertThat(projects).hasSize(24);
		assertThat(tasks).contains("003-2.21", "003-1.02").hasSizeGreaterThan(50);

		long slot = slot(round, "003-2.21");
		JsonNode reported = this.api.expect("hohhot-reporter", "POST", "/api/tasks/003-2.21/progress",
				new ReportProgress("完成园区固废评估", 60, null, null), 200);
		assertThat(reported.get("id").asLong()).isEqualTo(slot);
		assertThat(reported.get("roundId").asLong()).isEqualTo(id);
		long projectSlot = slot(round, "003-P02");
		JsonNode project = this.api.expect("hohhot-zerowaste", "POST", "/api/projects/003-P02/progress",
				new ReportProgress("路基料生产线投产", 80, new java.math.BigDecimal("1200.5"), null), 200);
		assertThat(project.get("id").asLong()).isEqualTo(projectSlot);
		this.api.expect("hohhot-reporter", "POST", "/api/projects/003-P02/progress",
				new ReportProgress("x", 1, null, null), 403);

		this.api.expect("ordos-reviewer", "POST", "/api/dispatch-rounds/" + id + "/consolidate",
				Map.of("decisions", List.of(new Decision(slot, true, null))), 403);
		this.api.expect("hohhot-reviewer", "POST", "/api/dispatch-rounds/" + id + "/consolidate",
				Map.of("decisions",
						List.of(new Decision(slot, true, null), new Decision(slot(round, "003-1.02"), true, null))),
				403);
		assertThat(state(id, slot)).as("nothing half-written").isEqualTo("SUBMITTED");
		JsonNode consolidated = this.api.expect("hohhot-reviewer", "POST",
				"/api/dispatch-rounds/" + id + "/consolidate",
				Map.of("decisions", List.of(new Decision(slot, true, null), new Decision(projectSlot, true, null))),
				200);
		assertThat(consolidated.get("counts").get("ACCEPTED").asInt()).isEqualTo(2);
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/tasks/003-2.21", null, 200).get("progress").asInt())
			.isEqualTo(60);

		this.api.expect("hohhot-reviewer", "POST", "/api/dispatch-rounds/" + id + "/close", null, 403);
		assertThat(this.api.expect("admin", "POST", "/api/dispatch-rounds/" + id + "/close", null, 200)
			.get("state")
			.asString()).isEqualTo("CLOSED");
		this.api.expect("admin", "POST", "/api/dispatch-rounds/" + id + "/close", null, 409);

		String docx = docx(download(id, "docx"));
		assertThat(docx).contains("2025年第四季度调度情况报告", "一、总体情况", "二、任务推进情况", "三、项目推进情况", "完成园区固废评估", "1200.5");
		tasks.forEach(code -> assertThat(docx).as(code).contains(code));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
			Set<String> rows = new HashSet<>();
			for (Row row : workbook.getSheetAt(0)) {
				rows.add(row.getCell(2).getStringCellValue());
			}
			assertThat(rows).containsAll(tasks).containsAll(projects);
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(round.get("reports").size());
		}
		this.api.expect("admin", "GET", "/api/dispatch-rounds/" + id + "/report?format=pdf", null, 400);
	}

	private byte[] download(long id, String format) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/dispatch-rounds/" + id + "/report?format=" + format)
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private static String docx(byte[] content) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			return text.getText();
		}
	}

	private String state(long round, long report) {
		for (JsonNode found : this.api.expect("admin", "GET", "/api/dispatch-rounds/" + round, null, 200)
			.get("reports")) {
			if (found.get("id").asLong() == report) {
				return found.get("state").asString();
			}
		}
		throw new AssertionError("no report " + report);
	}

	private static long slot(JsonNode round, String code) {
		for (JsonNode report : round.get("reports")) {
			if (report.get("code").asString().equals(code)) {
				return report.get("id").asLong();
			}
		}
		throw new AssertionError("no slot for " + code);
	}

}
