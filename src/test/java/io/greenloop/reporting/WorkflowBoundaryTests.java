package io.greenloop.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the workflow: a reporter writes only its own organisation's items, values
 * are saved and submitted only while the period is open, a submission only one level
 * accepts can still be reopened from above, and a request's own faults answer 400 or 404
 * rather than 409.
 */
@GreenloopTest
class WorkflowBoundaryTests {

	/** A quarter no other test reports; its window is opened for each test. */
	static final String QUARTER = "2024Q4";

	/** Another, for an account that both reports and reviews. */
	static final String OTHER_QUARTER = "2023Q4";

	/** A year no other test reports, for Ordos's yearly task division. */
	static final String YEAR = "2023";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportItems items;

	@Autowired
	Periods periods;

	Api api;

	Map<String, LocalDate[]> windows;

	@BeforeEach
	void openPeriods() {
		this.api = new Api(this.mvc);
		this.windows = Map.of(QUARTER, window(QUARTER), OTHER_QUARTER, window(OTHER_QUARTER), YEAR, window(YEAR));
		for (String code : this.windows.keySet()) {
			move(code, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31));
		}
	}

	@AfterEach
	void restoreWindows() {
		this.windows.forEach((code, window) -> move(code, window[0], window[1]));
	}

	@Test
	void aReporterWritesOnlyTheItemsItsOrganisationReports() {
		JsonNode created = this.api.expect("hohhot-reporter", "POST", "/api/submissions",
				Map.of("form", "003", "period", QUARTER), 201);
		long id = created.get("id").asLong();
		Set<String> own = new java.util.HashSet<>();
		created.get("lines").forEach(line -> own.add(line.get("item").get("code").asString()));
		List<String> others = this.items.of(this.periods.form("003"))
			.stream()
			.map(ReportItem::code)
			.filter(code -> !own.contains(code))
			.toList();
		assertThat(others).as("003 items Hohhot's 生态环境局 does not report").isNotEmpty();
		String ownItem = own.iterator().next();

		JsonNode refused = this.api.expect(
				"hohhot-reporter", "PUT", "/api/submissions/" + id + "/values", Map.of("values", List
					.of(Map.of("itemCode", ownItem, "value", "1"), Map.of("itemCode", others.get(0), "value", "1"))),
				403);
		assertThat(refused.get("detail").asString()).contains(others.get(0));
		JsonNode after = this.api.expect("hohhot-reporter", "GET", "/api/submissions/" + id, null, 200);
		assertThat(after.get("lines").toString()).doesNotContain(others.get(0));
		assertThat(valueOf(after, ownItem)).as("the submission's own value was not written either").isNull();

		JsonNode unknown = this.api.expect("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", List.of(Map.of("itemCode", "003-NOPE", "value", "1"))), 422);
		assertThat(unknown.get("problems").toString()).contains("UNKNOWN_ITEM", "003-NOPE");
		this.api.expect("hohhot-reporter", "PUT", "/api/submissions/" + id + "/values", Map.of(), 400);
	}

	@Test
	void nothingIsSavedOrSubmittedOnceThePeriodHasClosed() {
		JsonNode created = this.api.expect("saihan-reporter", "POST", "/api/submissions",
				Map.of("form", "003", "period", QUARTER), 201);
		long id = created.get("id").asLong();
		List<JsonNode> lines = new ArrayList<>();
		created.get("lines").forEach(lines::add);
		this.api.expect("saihan-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", ReportingWorkflowTests.fill(lines, "推进中")), 200);

		move(QUARTER, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 19));
		JsonNode refused = this.api
			.expect("saihan-reporter", "PUT", "/api/submissions/" + id + "/values",
					Map.of("values", List
						.of(Map.of("itemCode", lines.get(0).get("item").get("code").asString(), "value", "推进中，已验收"))),
					409);
		assertThat(refused.get("detail").asString()).contains(QUARTER, "2025-11-19");
		this.api.expect("saihan-reporter", "POST", "/api/submissions/" + id + "/submit", null, 409);
		assertThat(
				this.api.expect("saihan-reporter", "GET", "/api/submissions/" + id, null, 200).get("state").asString())
			.isEqualTo("DRAFT");

		move(QUARTER, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31));
		assertThat(this.api.expect("saihan-reporter", "POST", "/api/submissions/" + id + "/submit", null, 200)
			.get("state")
			.asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void aSubmissionOnlyItsOwnLevelAcceptsIsReopenedFromAbove() {
		JsonNode created = this.api.expect("ordos-reporter", "POST", "/api/submissions",
				Map.of("form", "002", "period", YEAR), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("chain")).extracting(JsonNode::asString).containsExactly("150600");
		List<JsonNode> lines = new ArrayList<>();
		created.get("lines").forEach(lines::add);
		this.api.expect("ordos-reporter", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", ReportingWorkflowTests.fill(lines, "推进中")), 200);
		this.api.expect("ordos-reporter", "POST", "/api/submissions/" + id + "/submit", null, 200);
		assertThat(this.api.expect("ordos-reviewer", "POST", "/api/submissions/" + id + "/approve", null, 200)
			.get("state")
			.asString()).isEqualTo("APPROVED");

		this.api.expect("ordos-reviewer", "POST", "/api/submissions/" + id + "/reopen", Map.of("reason", "复核"), 403);
		JsonNode seen = this.api.expect("region-reviewer", "GET", "/api/submissions/" + id, null, 200);
		assertThat(seen.get("actions")).extracting(JsonNode::asString).contains("reopen");
		this.api.expect("region-reviewer", "POST", "/api/submissions/" + id + "/reopen", Map.of("reason", " "), 400);
		JsonNode reopened = this.api.expect("region-reviewer", "POST", "/api/submissions/" + id + "/reopen",
				Map.of("reason", "自治区复核"), 200);
		assertThat(reopened.get("state").asString()).isEqualTo("RETURNED");
		JsonNode history = this.api.expect("ordos-reporter", "GET", "/api/submissions/" + id + "/history", null, 200);
		assertThat(history.get("transitions").toString()).contains("REOPEN", "自治区复核", "150000");
	}

	@Test
	void whoeverSubmittedDoesNotApproveItToo() {
		long bureau = this.api
			.expect("hohhot-reporter", "GET",
					"/api/submissions/"
							+ this.api
								.expect("hohhot-reporter", "POST", "/api/submissions",
										Map.of("form", "003", "period", OTHER_QUARTER), 201)
								.get("id")
								.asLong(),
					null, 200)
			.get("organisationId")
			.asLong();
		this.api.expect("admin", "POST", "/api/accounts",
				Map.of("username", "hohhot-both", "displayName", "填报兼审核", "password", Api.DEMO_PASSWORD,
						"organisationId", bureau, "roles", List.of("REPORTER", "REVIEWER"), "enabled", true),
				201);
		JsonNode created = this.api.expect("hohhot-both", "POST", "/api/submissions",
				Map.of("form", "003", "period", OTHER_QUARTER), 201);
		long id = created.get("id").asLong();
		List<JsonNode> lines = new ArrayList<>();
		created.get("lines").forEach(lines::add);
		this.api.expect("hohhot-both", "PUT", "/api/submissions/" + id + "/values",
				Map.of("values", ReportingWorkflowTests.fill(lines, "推进中")), 200);
		this.api.expect("hohhot-both", "POST", "/api/submissions/" + id + "/submit", null, 200);
		JsonNode refused = this.api.expect("hohhot-both", "POST", "/api/submissions/" + id + "/approve", null, 403);
		assertThat(refused.get("detail").asString()).contains("不能审核自己报送的数据");
		assertThat(this.api.expect("hohhot-reviewer", "POST", "/api/submissions/" + id + "/approve", null, 200)
			.get("awaiting")
			.asString()).isEqualTo("150000");
	}

	@Test
	void aRequestsOwnFaultsAreNotConflicts() {
		this.api.expect("hohhot-reporter", "POST", "/api/submissions", Map.of("form", "999", "period", QUARTER), 404);
		this.api.expect("hohhot-reporter", "POST", "/api/submissions", Map.of("form", "003", "period", "2024Q9"), 404);
		this.api.expect("hohhot-reporter", "POST", "/api/submissions", Map.of("form", "003", "period", YEAR), 400);
		this.api.expect("admin", "PUT", "/api/periods/2024Q9",
				Map.of("opensOn", "2025-01-01", "closesOn", "2025-02-01"), 404);
		this.api.expect("admin", "PUT", "/api/periods/" + QUARTER,
				Map.of("opensOn", "2025-02-01", "closesOn", "2025-01-01"), 400);
		this.api.expect("admin", "PUT", "/api/forms/003", Map.of(), 400);
		this.api.expect("admin", "PUT", "/api/forms/999", Map.of("cadence", "YEAR", "acceptLevels", List.of(1)), 404);
	}

	@Test
	void aFormGivenANewCadenceGetsItsPeriodsAtOnce() {
		JsonNode form = this.api.expect("admin", "GET", "/api/forms", null, 200);
		JsonNode stats = null;
		for (JsonNode each : form) {
			if (each.get("code").asString().equals("STATS")) {
				stats = each;
			}
		}
		assertThat(stats).isNotNull();
		List<Integer> levels = new ArrayList<>();
		stats.get("acceptLevels").forEach(level -> levels.add(level.asInt()));
		assertThat(this.api.expect("admin", "GET", "/api/periods?kind=MONTH&year=2025", null, 200)).isEmpty();
		try {
			this.api.expect("admin", "PUT", "/api/forms/STATS", Map.of("cadence", "MONTH", "acceptLevels", levels),
					200);
			JsonNode months = this.api.expect("admin", "GET", "/api/periods?kind=MONTH&year=2025", null, 200);
			assertThat(months).extracting(month -> month.get("code").asString())
				.hasSize(12)
				.contains("2025-01", "2025-12");
			assertThat(this.api.expect("admin", "GET", "/api/periods?kind=MONTH&year=2026", null, 200)).hasSize(12);
		}
		finally {
			this.api.expect("admin", "PUT", "/api/forms/STATS", Map.of("cadence", "YEAR", "acceptLevels", levels), 200);
			this.jdbc.sql("DELETE FROM reporting.period WHERE kind = 'MONTH'").update();
		}
	}

	@Test
	void eachTargetIsReportedByOneUnitInARegion() {
		List<String> twice = this.jdbc.sql("""
				SELECT a.item_code || ' ' || o.region_code
				FROM reporting.assignment a JOIN region.organisation o ON o.id = a.organisation_id
				GROUP BY a.item_code, o.region_code HAVING count(*) > 1
				""").query(String.class).list();
		assertThat(twice).as("one number, one source (一数一源)").isEmpty();
		assertThat(this.jdbc.sql("SELECT count(DISTINCT item_code) FROM reporting.assignment")
			.query(Integer.class)
			.single()).isGreaterThan(140);
	}

	private static String valueOf(JsonNode submission, String item) {
		for (JsonNode line : submission.get("lines")) {
			if (line.get("item").get("code").asString().equals(item)) {
				return line.has("value") && !line.get("value").isNull() ? line.get("value").asString() : null;
			}
		}
		throw new AssertionError("no line " + item);
	}

	private LocalDate[] window(String code) {
		return this.jdbc.sql("SELECT opens_on, closes_on FROM reporting.period WHERE code = :code")
			.param("code", code)
			.query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
			.single();
	}

	private void move(String code, LocalDate opensOn, LocalDate closesOn) {
		this.jdbc.sql("UPDATE reporting.period SET opens_on = :opens, closes_on = :closes WHERE code = :code")
			.param("opens", opensOn)
			.param("closes", closesOn)
			.param("code", code)
			.update();
	}

}
