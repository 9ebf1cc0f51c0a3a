package io.greenloop.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Values typed in a page or sent through the API are kept only if Greenloop can keep
 * them: a number out of range (PostgreSQL's numeric refused a 200,000-digit figure with a
 * server error) or a note of a pasted document is refused naming the item, the field and
 * why, and nothing is saved. Saihan district's (赛罕区) draft of 2025Q4 is used.
 */
@GreenloopTest
class ValueLimitsTests {

	static final String REPORTER = "saihan-reporter";

	/** A numeric item of the 无废城市 plan. */
	static final String ITEM = "003-T16";

	@Autowired
	MockMvcTester mvc;

	Api api;

	long id;

	@BeforeEach
	void submission() {
		this.api = new Api(this.mvc);
		this.id = this.api.expect(REPORTER, "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4"), 201)
			.get("id")
			.asLong();
	}

	@Test
	void refusesANumberOutOfRangeNamingTheItemTheFieldAndWhy() {
		String before = lines();
		JsonNode refused = save(Map.of("itemCode", ITEM, "value", "1" + "0".repeat(200_000), "numerator",
				"0." + "0".repeat(40) + "1", "denominator", "1E+100000"));
		assertThat(problems(refused))
			.extracting(p -> p.get("itemCode").asString(), p -> p.get("field").asString(),
					p -> p.get("ruleCode").asString())
			.contains(tuple(ITEM, "value", "TYPE"), tuple(ITEM, "numerator", "TYPE"),
					tuple(ITEM, "denominator", "TYPE"));
		assertThat(problems(refused)).filteredOn(p -> p.get("ruleCode").asString().equals("TYPE"))
			.hasSize(3)
			.allSatisfy(p -> {
				assertThat(p.get("message").asString()).contains("超出范围：整数部分和小数部分各不能超过40位");
				assertThat(p.get("messageEn").asString()).contains("out of range").hasSizeLessThan(300);
			});
		assertThat(lines()).isEqualTo(before);
	}

	@Test
	void refusesANoteOrAUnitTooLongToKeep() {
		String before = lines();
		JsonNode refused = save(
				Map.of("itemCode", ITEM, "value", "12", "note", "说明".repeat(1001), "unit", "万吨".repeat(26)));
		assertThat(problems(refused))
			.extracting(p -> p.get("itemCode").asString(), p -> p.get("field").asString(),
					p -> p.get("ruleCode").asString())
			.contains(tuple(ITEM, "note", "LENGTH"), tuple(ITEM, "unit", "LENGTH"));
		assertThat(problems(refused)).filteredOn(p -> p.get("field").asString().equals("note"))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.get("message").asString()).endsWith("：备注有2002个字符，最多2000个");
				assertThat(p.get("messageEn").asString()).endsWith(": the note has 2002 characters, at most 2000");
			});
		assertThat(lines()).isEqualTo(before);
	}

	private JsonNode save(Map<String, String> value) {
		return this.api.expect(REPORTER, "PUT", "/api/submissions/" + this.id + "/values",
				Map.of("values", List.of(value)), 422);
	}

	private String lines() {
		return this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200).get("lines").toString();
	}

	private static List<JsonNode> problems(JsonNode refused) {
		List<JsonNode> problems = new ArrayList<>();
		refused.get("problems").forEach(problems::add);
		return problems;
	}

}
