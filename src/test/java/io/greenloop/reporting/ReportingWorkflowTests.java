package io.greenloop.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.events.ValuesApproved;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The reporting path through the API, as the demonstration accounts walk it: Hohhot's
 * 生态环境局 reports the fourth quarter of 2025 for the 无废城市 plan; its reviewer returns it,
 * then approves it; the autonomous region accepts it; the values appear with their
 * history. Every step out of turn or out of scope is refused and writes nothing.
 */
@GreenloopTest
@RecordApplicationEvents
class ReportingWorkflowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aQuarterIsReportedReturnedFixedApprovedAndAccepted() throws Exception {
		JsonNode created = body(
				call("hohhot-reporter", "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4")), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("state").asString()).isEqualTo("DRAFT");
		assertThat(created.get("chain")).extracting(JsonNode::asString).containsExactly("150100", "150000");
		List<JsonNode> lines = new ArrayList<>();
		created.get("lines").forEach(lines::add);
		assertThat(lines).isNotEmpty()
			.allSatisfy(line -> assertThat(line.get("item").get("code").asString()).startsWith("003-"));

		String percentItem = lines.stream()
			.filter(line -> "%".equals(line.get("item").get("unit").asString())
					&& line.get("item").get("numeric").asBoolean()
					&& "LEVEL".equals(line.get("item").get("measure").asString()))
			.findFirst()
			.orElseThrow()
			.get("item")
			.get("code")
			.asString();
		JsonNode refused = body(call("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", List.of(Map.of("itemCode", percentItem, "value", "120")))), 422);
		assertThat(refused.get("problems").toString()).contains("PERCENT_RANGE", percentItem);
		assertThat(body(call("hohhot-reporter", "GET", "/api/submissions/" + id, null), 200).get("lines").toString())
			.doesNotContain("120");

		body(call("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", fill(lines, "推进中"), "reason", "首次填报")), 200);
		JsonNode submitted = body(call("hohhot-reporter", "POST", "/api/submissions/" + id + "/submit", null), 200);
		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("awaiting").asString()).isEqualTo("150100");

		body(call("region-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 403);
		body(call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/return", Map.of("reason", " ")), 400);
		JsonNode returned = body(
				call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/return", Map.of("reason", "绿色矿山建成率请核实")),
				200);
		assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

		body(call("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", List.of(Map.of("itemCode", percentItem, "value", "61.5")), "reason", "按审核意见核实")), 200);
		assertThat(
				body(call("hohhot-reporter", "POST", "/api/submissions/" + id + "/submit", null), 200).get("revision")
					.asInt())
			.isEqualTo(2);
		JsonNode approved = body(call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 200);
		assertThat(approved.get("awaiting").asString()).isEqualTo("150000");
		body(call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 403);
		JsonNode accepted = body(call("region-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 200);
		assertThat(accepted.get("state").asString()).isEqualTo("APPROVED");

		JsonNode values = body(
				call("hohhot-leader", "GET", "/api/values?item=" + percentItem + "&region=150100&period=2025Q4", null),
				200);
		assertThat(values.get(0).get("value").decimalValue()).isEqualByComparingTo("61.5");
		assertThat(values.get(0).get("revision").asInt()).isEqualTo(1);
		assertThat(this.events.stream(ValuesApproved.class)).anySatisfy(event -> {
			assertThat(event.sourceId()).isEqualTo(id);
			assertThat(event.values()).anySatisfy(value -> assertThat(value.itemCode()).isEqualTo(percentItem));
		});

		JsonNode history = body(call("hohhot-reporter", "GET", "/api/submissions/" + id + "/history", null), 200);
		assertThat(history.get("transitions").toString()).contains("CREATE", "SUBMIT", "RETURN", "绿色矿山建成率请核实",
				"APPROVE", "ACCEPT");
		assertThat(history.get("changes").toString()).contains("\"newValue\":\"61.5\"", "按审核意见核实");

		body(call("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", List.of(Map.of("itemCode", percentItem, "value", "62")))), 409);
		body(call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/reopen", Map.of("reason", "复核")), 403);
		assertThat(
				body(call("region-reviewer", "POST", "/api/submissions/" + id + "/reopen", Map.of("reason", "复核")), 200)
					.get("state")
					.asString())
			.isEqualTo("RETURNED");

		body(call("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", List.of(Map.of("itemCode", percentItem, "value", "63")), "reason", "复核后更正")), 200);
		body(call("hohhot-reporter", "POST", "/api/submissions/" + id + "/submit", null), 200);
		List<JsonNode> reviewed = new ArrayList<>();
		body(call("hohhot-reviewer", "GET", "/api/submissions/" + id, null), 200).get("lines").forEach(reviewed::add);
		assertThat(reviewed).filteredOn(line -> line.get("changed").asBoolean())
			.extracting(line -> line.get("item").get("code").asString())
			.containsExactly(percentItem);
		String page = this.mvc.get()
			.uri("/submissions/" + id)
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.split("gl-changed", -1)).as("rows highlighted as changed").hasSize(2);
		assertThat(page).containsPattern("<tr data-code=\"" + percentItem + "\" class=\"[^\"]*gl-changed");
		body(call("hohhot-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 200);
		body(call("region-reviewer", "POST", "/api/submissions/" + id + "/approve", null), 200);
		JsonNode revisions = body(call("hohhot-leader", "GET",
				"/api/values/history?item=" + percentItem + "&region=150100&period=2025Q4", null), 200);
		assertThat(revisions).extracting(revision -> revision.get("revision").asInt()).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void othersCannotReadOrWriteASubmissionOutsideTheirScope() throws Exception {
		body(call("hohhot-reporter", "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q2")), 409);
		JsonNode county = body(
				call("saihan-reporter", "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4")), 201);
		long id = county.get("id").asLong();
		assertThat(county.get("chain")).extracting(JsonNode::asString).containsExactly("150105", "150100", "150000");
		for (String outsider : List.of("ordos-reporter", "ordos-reviewer", "ordos-leader", "hohhot-reporter")) {
			body(call(outsider, "GET", "/api/submissions/" + id, null), 403);
			body(call(outsider, "GET", "/api/submissions/" + id + "/history", null), 403);
			body(call(outsider, "PUT", "/api/submissions/" + id + "/values", Map.of("values", List.of())), 403);
			body(call(outsider, "POST", "/api/submissions/" + id + "/submit", null), 403);
		}
		body(call("hohhot-leader", "GET", "/api/submissions/" + id, null), 200);
		body(call("hohhot-reviewer", "GET", "/api/submissions/" + id, null), 200);
		body(call("hohhot-leader", "POST", "/api/submissions/" + id + "/submit", null), 403);
		body(call("ordos-leader", "GET", "/api/values?region=150100", null), 403);
		body(call("ordos-reporter", "GET", "/api/submissions?region=150100", null), 403);
		assertThat(body(call("ordos-reviewer", "GET", "/api/submissions", null), 200).toString())
			.doesNotContain("\"id\":" + id + ",");
	}

	static List<Map<String, String>> fill(List<JsonNode> lines, String text) {
		List<Map<String, String>> values = new ArrayList<>();
		for (JsonNode line : lines) {
			JsonNode item = line.get("item");
			String value = !item.get("numeric").asBoolean() ? text
					: item.has("targetValue") ? item.get("targetValue").asString() : "10";
			if ("%".equals(item.get("unit").asString()) && item.has("targetValue")
					&& item.get("targetValue").decimalValue().doubleValue() > 100) {
				value = "100";
			}
			values.add(Map.of("itemCode", item.get("code").asString(), "value", value));
		}
		return values;
	}

	MvcTestResult call(String user, String method, String uri, Object body) {
		return new Api(this.mvc).call(user, method, uri, body);
	}

	JsonNode body(MvcTestResult result, int status) {
		return new Api(this.mvc).expect(result, status);
	}

}
