package io.greenloop.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.reporting.domain.rules.ShippedRules;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Validation rules are data an administrator keeps through {@code /api/rules}: the
 * shipped rules are listed; a rule that cannot be checked is refused with every problem
 * and not stored; a new rule applies to the next save at once and stops applying when
 * disabled or deleted; JUMP's share decides whether a change warns; only administrators
 * change rules, and every change is audited. Hohhot's 生态环境局 reports the 无废城市 plan for
 * 2024Q3, a quarter only this class opens (and closes again after each test).
 */
@GreenloopTest
class ValidationRuleAdminTests {

	static final String PERIOD = "2024Q3";

	static final String PREVIOUS = "2024Q2";

	static final String CAP = "TEST_CAP";

	static final String REPORTER = "hohhot-reporter";

	static final List<String> SHIPPED = List.of("TYPE", "UNIT", "REQUIRED", "PERCENT_RANGE",
			"NUMERATOR_NOT_ABOVE_DENOMINATOR", "RATE_MATCHES_PARTS", "JUMP");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	LocalDate closesOn;

	JsonNode jump;

	long id;

	/** Two numeric items of the submission that are not percentages. */
	List<String> items;

	@BeforeEach
	void openQuarterAndStartSubmission() {
		this.api = new Api(this.mvc);
		this.jump = this.api.expect("admin", "GET", "/api/rules/JUMP", null, 200);
		this.closesOn = closingDay(LocalDate.of(2025, 12, 20));
		JsonNode submission = this.api.expect(REPORTER, "POST", "/api/submissions",
				Map.of("form", "003", "period", PERIOD), 201);
		this.id = submission.get("id").asLong();
		this.items = new ArrayList<>();
		submission.get("lines").forEach(line -> {
			JsonNode item = line.get("item");
			if (item.get("numeric").asBoolean() && !"%".equals(item.get("unit").asString())) {
				this.items.add(item.get("code").asString());
			}
		});
		assertThat(this.items).hasSizeGreaterThanOrEqualTo(2);
	}

	@AfterEach
	void restoreRulesAndQuarter() {
		if (this.api.call("admin", "GET", "/api/rules/" + CAP, null).getResponse().getStatus() == 200) {
			this.api.expect("admin", "DELETE", "/api/rules/" + CAP, null, 204);
		}
		this.api.expect("admin", "PUT", "/api/rules/JUMP", this.jump, 200);
		closingDay(this.closesOn);
	}

	@Test
	void listsTheShippedRulesInTheOrderTheyAreChecked() {
		List<JsonNode> rules = list(this.api.expect(REPORTER, "GET", "/api/rules", null, 200));
		assertThat(rules).extracting(rule -> rule.get("code").asString()).startsWith(SHIPPED.toArray(String[]::new));
		JsonNode percent = rules.get(3);
		assertThat(percent.get("kind").asString()).isEqualTo("COMPARISON");
		assertThat(percent.get("operator").asString()).isEqualTo("BETWEEN");
		assertThat(percent.get("right").asString()).isEqualTo("0, 100");
		assertThat(percent.get("importance").asString()).isEqualTo("ERROR");
		assertThat(percent.get("scope").get("unit").asString()).isEqualTo("%");
		assertThat(percent.get("scope").get("measure").asString()).isEqualTo("LEVEL");
		assertThat(this.jump.get("right").asString()).isEqualTo("0.5");
		assertThat(this.jump.get("importance").asString()).isEqualTo("WARNING");
		assertThat(rules).allSatisfy(rule -> assertThat(rule.get("enabled").asBoolean()).isTrue());
	}

	@Test
	void aRuleThatCannotBeCheckedIsRefusedWithEveryProblemAndNotStored() throws Exception {
		int before = this.api.expect("admin", "GET", "/api/rules", null, 200).size();
		Map<String, Object> malformed = cap("valeu * 2", "1000 +", true);
		var answer = this.mvc.put()
			.uri("/api/rules/" + CAP)
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_PROBLEM_JSON)
			.content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(malformed))
			.exchange();
		assertThat(answer).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = this.api.expect(answer, 400);
		assertThat(problem.get("title").asString()).isEqualTo("Rule not saved");
		assertThat(list(problem.get("problems"))).extracting(JsonNode::asString)
			.satisfiesExactly(left -> assertThat(left).startsWith("左侧：第1个字符处").contains("未知变量“valeu”"),
					right -> assertThat(right).startsWith("右侧：第7个字符处").contains("表达式结尾"));

		JsonNode english = this.api.expect("admin", "PUT", "/api/rules/" + CAP + "?lang=en", malformed, 400);
		assertThat(english.get("detail").asString()).contains("left side: at position 1", "unknown variable 'valeu'",
				"right side: at position 7");
		this.api.expect("admin", "PUT", "/api/rules/OTHER_CODE", cap("value", "1000", true), 400);

		this.api.expect("admin", "GET", "/api/rules/" + CAP, null, 404);
		this.api.expect("admin", "GET", "/api/rules/OTHER_CODE", null, 404);
		assertThat(this.api.expect("admin", "GET", "/api/rules", null, 200).size()).isEqualTo(before);
	}

	@Test
	void aNewRuleAppliesAtOnceAndNoLongerWhenDisabledOrDeleted() {
		String item = this.items.get(0);
		JsonNode saved = this.api.expect("admin", "PUT", "/api/rules/" + CAP, cap("value", "1000", true), 200);
		assertThat(saved.get("scope").get("itemCode").asString()).isEqualTo(item);
		assertThat(list(this.api.expect(REPORTER, "GET", "/api/rules", null, 200)))
			.extracting(rule -> rule.get("code").asString())
			.endsWith(CAP);

		JsonNode refused = save(item, "2000", 422);
		assertThat(list(refused.get("problems"))).anySatisfy(problem -> {
			assertThat(problem.get("ruleCode").asString()).isEqualTo(CAP);
			assertThat(problem.get("ruleName").asString()).isEqualTo("测试上限");
			assertThat(problem.get("itemCode").asString()).isEqualTo(item);
			assertThat(problem.get("message").asString()).contains("不符合规则“测试上限”").endsWith("——填报值2000超过上限1000");
		});
		assertThat(valueOf(item)).isNull();
		save(item, "800", 200);
		assertThat(valueOf(item)).isEqualByComparingTo("800");

		this.api.expect("admin", "PUT", "/api/rules/" + CAP, cap("value", "1000", false), 200);
		save(item, "2000", 200);
		assertThat(valueOf(item)).isEqualByComparingTo("2000");

		this.api.expect("admin", "PUT", "/api/rules/" + CAP, cap("value", "1000", true), 200);
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/check", null, 200).toString())
			.contains("\"ruleCode\":\"" + CAP + "\"");
		this.api.expect("admin", "DELETE", "/api/rules/" + CAP, null, 204);
		this.api.expect("admin", "GET", "/api/rules/" + CAP, null, 404);
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/check", null, 200).toString())
			.doesNotContain(CAP);
		save(item, "3000", 200);

		List<JsonNode> audit = list(
				this.api.expect("admin", "GET", "/api/audit?action=CONFIGURATION&actor=admin", null, 200));
		assertThat(audit).filteredOn(entry -> ("rule " + CAP).equals(entry.get("subject").asString()))
			.extracting(entry -> entry.get("detail").asString())
			.anySatisfy(detail -> assertThat(detail).startsWith("(new) → 测试上限 COMPARISON value ≤ 1000"))
			.anySatisfy(detail -> assertThat(detail).endsWith("[ERROR, missing SKIP] disabled"))
			.anySatisfy(detail -> assertThat(detail).startsWith("deleted: 测试上限"));
	}

	@Test
	void jumpsShareDecidesWhetherAChangeFromThePreviousPeriodWarns() throws IOException {
		String item = this.items.get(1);
		this.api.expect(this.api.upload("admin", "/api/values/import", "previous.xlsx", previousValue(item, 100)), 200);

		JsonNode saved = save(item, "140", 200);
		assertThat(line(saved.get("submission"), item).get("previous").decimalValue()).isEqualByComparingTo("100");
		assertThat(jumpWarnings(saved, item)).isEmpty();

		JsonNode stricter = this.api.expect("admin", "PUT", "/api/rules/JUMP", ShippedRules.jump(new BigDecimal("0.3")),
				200);
		assertThat(stricter.get("right").asString()).isEqualTo("0.3");
		assertThat(jumpWarnings(save(item, "140", 200), item)).singleElement()
			.satisfies(warning -> assertThat(warning.get("message").asString())
				.endsWith("不符合规则“较上期变化不超过30%”——较上期变化超过30%：本期140，上期100，请核实"));

		this.api.expect("admin", "PUT", "/api/rules/JUMP", this.jump, 200);
		assertThat(jumpWarnings(save(item, "140", 200), item)).isEmpty();
		assertThat(jumpWarnings(save(item, "160", 200), item)).singleElement()
			.satisfies(warning -> assertThat(warning.get("importance").asString()).isEqualTo("WARNING"));
	}

	@Test
	void onlyAdministratorsChangeRules() {
		for (String user : List.of("hohhot-reviewer", "region-reviewer", REPORTER, "ordos-leader")) {
			this.api.expect(user, "PUT", "/api/rules/" + CAP, cap("value", "1000", true), 403);
			this.api.expect(user, "PUT", "/api/rules/JUMP", ShippedRules.jump(new BigDecimal("0.1")), 403);
			this.api.expect(user, "DELETE", "/api/rules/JUMP", null, 403);
		}
		this.api.expect("admin", "GET", "/api/rules/" + CAP, null, 404);
		assertThat(this.api.expect("admin", "GET", "/api/rules/JUMP", null, 200)).isEqualTo(this.jump);
	}

	/** An error when the first test item's value is above a bound. */
	private Map<String, Object> cap(String left, String right, boolean enabled) {
		return Map.ofEntries(Map.entry("code", CAP), Map.entry("name", "测试上限"), Map.entry("kind", "COMPARISON"),
				Map.entry("left", left), Map.entry("operator", "LE"), Map.entry("right", right),
				Map.entry("importance", "ERROR"), Map.entry("onMissing", "SKIP"),
				Map.entry("scope", Map.of("itemCode", this.items.get(0), "numericOnly", true)),
				Map.entry("enabled", enabled), Map.entry("message", "填报值{value}超过上限{right}"));
	}

	private JsonNode save(String item, String value, int status) {
		return this.api.expect(REPORTER, "PUT", "/api/submissions/" + this.id + "/values",
				Map.of("values", List.of(Map.of("itemCode", item, "value", value))), status);
	}

	private BigDecimal valueOf(String item) {
		JsonNode line = line(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200), item);
		return line.has("value") && !line.get("value").isNull() ? line.get("value").decimalValue() : null;
	}

	private static JsonNode line(JsonNode submission, String item) {
		return list(submission.get("lines")).stream()
			.filter(line -> item.equals(line.get("item").get("code").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<JsonNode> jumpWarnings(JsonNode saved, String item) {
		return list(saved.get("warnings")).stream()
			.filter(warning -> "JUMP".equals(warning.get("ruleCode").asString())
					&& item.equals(warning.get("itemCode").asString()))
			.toList();
	}

	/** A workbook approving the item's value for Hohhot in the quarter before. */
	private static byte[] previousValue(String item, int value) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("数据");
			List<String> header = List.of("编号", "地区", "期间", "值");
			List<String> cells = List.of(item, "150100", PREVIOUS, String.valueOf(value));
			Row first = sheet.createRow(0);
			Row second = sheet.createRow(1);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
				second.createCell(i).setCellValue(cells.get(i));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Moves the quarter's closing day; answers the one it had. */
	private LocalDate closingDay(LocalDate day) {
		LocalDate before = this.jdbc.sql("SELECT closes_on FROM reporting.period WHERE code = :code")
			.param("code", PERIOD)
			.query(LocalDate.class)
			.single();
		this.jdbc.sql("UPDATE reporting.period SET closes_on = :day WHERE code = :code")
			.param("day", day)
			.param("code", PERIOD)
			.update();
		return before;
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

}
