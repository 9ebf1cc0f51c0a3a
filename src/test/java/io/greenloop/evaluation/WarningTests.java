package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.ValuesWorkbook;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.plan.TargetComparator;
import io.greenloop.reporting.Deadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Early warnings as reviewers meet them: a value that leaves its target lagging raises
 * one warning (not one per re-evaluation), with the responsible units; reviewers of the
 * region acknowledge and close it with a note; others cannot.
 */
@GreenloopTest
class WarningTests {

	/** 通辽市: no other test reports or imports values there. */
	static final String REGION = "150500";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void aLaggingTargetRaisesOneWarningThatReviewersAcknowledgeAndClose() {
		IndicatorView target = this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == 2025 && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()))
			.findFirst()
			.orElseThrow();
		BigDecimal stuck = target.baseline().value();
		importValue(target, "2023", stuck);
		List<JsonNode> raised = warnings("admin", target.code());
		assertThat(raised).hasSize(1);
		JsonNode warning = raised.get(0);
		assertThat(warning.get("kind").asString()).isEqualTo("SERIOUSLY_LAGGING");
		assertThat(warning.get("level").asInt()).isEqualTo(3);
		assertThat(warning.get("state").asString()).isEqualTo("OPEN");
		assertThat(warning.get("responsible").asString()).isEqualTo(Warnings.responsible(target));
		assertThat(warning.get("messageZh").asString()).contains(target.name(), "严重滞后");

		this.api.expect("admin", "POST", "/api/evaluation/recompute", null, 200);
		importValue(target, "2023", stuck);
		assertThat(warnings("admin", target.code())).as("not raised again while the status stays").hasSize(1);

		long id = warning.get("id").asLong();
		String dashboard = "/dashboard/live?region=" + REGION + "&year=2023";
		assertThat(this.api.page("admin", dashboard)).bodyText()
			.as("the dashboard lists the open warning")
			.contains(warning.get("messageZh").asString());
		this.api.expect("ordos-reviewer", "POST", "/api/warnings/" + id + "/acknowledge", Map.of("note", "x"), 404);
		this.api.expect("hohhot-leader", "GET", "/api/warnings?region=" + REGION, null, 403);
		JsonNode acknowledged = this.api.expect("region-reviewer", "POST", "/api/warnings/" + id + "/acknowledge",
				Map.of("note", "已转办"), 200);
		assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo("region-reviewer");
		this.api.expect("region-reviewer", "POST", "/api/warnings/" + id + "/acknowledge", Map.of(), 409);
		this.api.expect("region-reviewer", "POST", "/api/warnings/" + id + "/close", Map.of("note", " "), 400);
		JsonNode closed = this.api.expect("region-reviewer", "POST", "/api/warnings/" + id + "/close",
				Map.of("note", "已督促整改，下季度复核"), 200);
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(this.api.page("admin", dashboard)).bodyText()
			.as("and no longer once it is closed")
			.doesNotContain(warning.get("messageZh").asString());
		assertThat(closed.get("note").asString()).isEqualTo("已督促整改，下季度复核");

		// 2023 expects 3/5 of the way; 0.45 of it is lagging (behind by 0.15), not
		// seriously
		BigDecimal better = stuck.add(target.target().value().subtract(stuck).multiply(new BigDecimal("0.45")));
		importValue(target, "2023", better);
		List<JsonNode> again = warnings("admin", target.code());
		assertThat(again).as("lagging rather than seriously lagging is a new warning").hasSize(2);
		assertThat(again.get(0).get("kind").asString()).isEqualTo("LAGGING");
		assertThat(again.get(0).get("level").asInt()).isEqualTo(2);
	}

	@Test
	void aDeadlinePassingWithoutTheValuesRaisesYellowWarningsOnce() {
		LocalDate closes = this.jdbc.sql("SELECT closes_on FROM reporting.period WHERE code = '2022Q3'")
			.query(LocalDate.class)
			.single();
		try {
			this.jdbc.sql("UPDATE reporting.period SET closes_on = DATE '2025-11-19' WHERE code = '2022Q3'").update();
			assertThat(this.deadlines.check()).isPositive();
			List<JsonNode> missing = new ArrayList<>();
			this.api.expect("hohhot-reviewer", "GET", "/api/warnings?region=150100&state=OPEN", null, 200)
				.forEach(w -> {
					if ("MISSING_DATA".equals(w.get("kind").asString())
							&& "2022Q3".equals(w.get("periodCode").asString())) {
						missing.add(w);
					}
				});
			assertThat(missing).isNotEmpty().allSatisfy(w -> {
				assertThat(w.get("level").asInt()).isEqualTo(1);
				assertThat(w.get("targetCode").asString()).startsWith("003-");
				assertThat(w.get("messageZh").asString()).contains("2022Q3", "未报送");
			});
			assertThat(missing).extracting(w -> w.get("responsible").asString()).contains("呼和浩特市生态环境局");
			assertThat(this.deadlines.check()).as("a period is looked at once").isZero();
		}
		finally {
			this.jdbc.sql(
					"UPDATE reporting.period SET closes_on = :closes, deadline_checked_at = NULL WHERE code = '2022Q3'")
				.param("closes", closes)
				.update();
		}
	}

	@Test
	void reviewersHandleWarningsOnTheirPage() throws Exception {
		IndicatorView target = this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.filter(t -> t.target().comparator() == TargetComparator.GE && t.measure() == Measure.LEVEL
					&& t.direction() == Direction.HIGHER_IS_BETTER && t.baseline() != null
					&& t.baseline().value() != null && !t.baseline().cumulative() && t.target().value() != null
					&& t.target().year() == 2025 && t.baseline().value().compareTo(t.target().value()) < 0
					&& "150000".equals(t.region()))
			.skip(1)
			.findFirst()
			.orElseThrow();
		importValue(target, "2024", target.baseline().value());
		long id = warnings("admin", target.code()).get(0).get("id").asLong();

		String page = this.mvc.get()
			.uri("/warnings")
			.with(httpBasic("region-reviewer", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"warnings\"", "data-id=\"" + id + "\"", "/warnings/" + id + "/acknowledge",
				"红色");
		String leader = this.mvc.get()
			.uri("/warnings?state=OPEN&region=" + REGION)
			.with(httpBasic("hohhot-leader", Api.DEMO_PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(leader).doesNotContain("data-id=\"" + id + "\"");
		assertThat(this.mvc.get().uri("/warnings").accept(MediaType.TEXT_HTML)).hasStatus(302);

		assertThat(this.mvc.post()
			.uri("/warnings/" + id + "/close")
			.param("note", "已核实")
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/warnings/" + id + "/close")
			.param("note", "已核实，数据有误已更正")
			.with(httpBasic("region-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/warnings");
		assertThat(warnings("admin", target.code()).get(0).get("state").asString()).isEqualTo("CLOSED");
	}

	private void importValue(IndicatorView target, String period, BigDecimal value) {
		this.api.expect(
				this.api
					.upload("admin", "/api/values/import", "values.xlsx",
							ValuesWorkbook
								.of(ValuesWorkbook.row(target.code(), REGION, period, value, target.unit(), null))),
				200);
	}

	private List<JsonNode> warnings(String user, String target) {
		List<JsonNode> found = new ArrayList<>();
		this.api.expect(user, "GET", "/api/warnings?region=" + REGION, null, 200).forEach(w -> {
			if (w.get("targetCode").asString().equals(target)) {
				found.add(w);
			}
		});
		return found;
	}

}
