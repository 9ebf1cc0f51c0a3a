package io.greenloop.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.supervision.domain.InvestmentTotal;
import io.greenloop.supervision.domain.InvestmentTotal.Reported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The investment indicator 003-T38 (一数一源): the projects' accepted actual investment (万元)
 * becomes, when a round closes and when an administrator asks, the approved value in 亿元
 * of source COMPUTED with its lineage, and evaluation evaluates it.
 */
@GreenloopTest
class InvestmentIndicatorTests {

	static final String VALUES = "/api/values?item=003-T38&region=150100&period=2025";

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void convertsWanToYiExplicitlyAndRefusesNoDataAndOtherUnits() {
		List<Reported> reports = List.of(new Reported(1, 9, "调度", "003-P01", new BigDecimal("12345.6")),
				new Reported(2, 9, "调度", "003-P02", new BigDecimal("0.4")));
		InvestmentTotal total = InvestmentTotal.of(reports, "亿元", new BigDecimal("1969581.7"), "T38");
		assertThat(total.totalWan()).isEqualByComparingTo("12346.0");
		assertThat(total.value()).isEqualByComparingTo("1.23460");
		assertThat(total.lineage()).contains("报告1 003-P01 12345.6万元", "报告2 003-P02 0.4万元", "2个项目", "1969581.7");
		assertThat(InvestmentTotal.of(reports, "万元", null, "T38").value()).isEqualByComparingTo("12346.0");
		assertThatIllegalArgumentException().isThrownBy(() -> InvestmentTotal.of(reports, "吨", null, "T38"));
		assertThatIllegalArgumentException().isThrownBy(() -> InvestmentTotal.of(List.of(), "亿元", null, "T38"));
	}

	@Test
	void aClosedRoundEntersTheAcceptedInvestmentAsAComputedValueThatIsEvaluated() {
		JsonNode round = this.api.expect("admin", "POST", "/api/dispatch-rounds",
				new OpenRound("2025年第四季度投资调度", "003", LocalDate.of(2025, 12, 20), null), 200);
		long id = round.get("id").asLong();
		report(round, "003-P05", "5000.25");
		report(round, "003-P07", "20000");
		this.api.expect("hohhot-reviewer", "POST", "/api/dispatch-rounds/" + id + "/consolidate",
				Map.of("decisions", List.of(new Decision(slot(round, "003-P05"), true, null),
						new Decision(slot(round, "003-P07"), true, null))),
				200);
		this.api.expect("admin", "POST", "/api/dispatch-rounds/" + id + "/close", null, 200);

		BigDecimal acceptedWan = acceptedInvestmentOf2025();
		JsonNode value = this.api.expect("hohhot-leader", "GET", VALUES, null, 200).get(0);
		assertThat(value.get("source").asString()).isEqualTo("COMPUTED");
		assertThat(value.get("unit").asString()).isEqualTo("亿元");
		assertThat(value.get("value").decimalValue()).isEqualByComparingTo(acceptedWan.movePointLeft(4));
		assertThat(value.get("note").asString()).contains("调度%d".formatted(id), "003-P05 5000.25万元",
				"003-P07 20000.00万元", "1亿元 = 10000万元");

		JsonNode evaluated = this.api.expect("hohhot-leader", "GET",
				"/api/evaluation?target=003-T38&region=150100&year=2025", null, 200);
		assertThat(evaluated.get(0).get("value").decimalValue()).isEqualByComparingTo(acceptedWan.movePointLeft(4));
		assertThat(evaluated.get(0).get("valueSource").asString()).startsWith("COMPUTED");
		assertThat(evaluated.get(0).get("status").asString()).isNotEqualTo("NO_DATA");

		this.api.expect("hohhot-reviewer", "POST", "/api/projects/investment?plan=003&year=2025", null, 403);
		this.api.expect("admin", "POST", "/api/projects/investment?plan=001&year=2025", null, 400);
		this.api.expect("admin", "POST", "/api/projects/investment?plan=003&year=2020", null, 409);
		JsonNode again = this.api.expect("admin", "POST", "/api/projects/investment?plan=003&year=2025", null, 200);
		assertThat(again.get("revision").asInt()).isEqualTo(value.get("revision").asInt() + 1);
		assertThat(again.get("actualWan").decimalValue()).isEqualByComparingTo(acceptedWan);
		JsonNode history = this.api.expect("hohhot-leader", "GET",
				"/api/values/history?item=003-T38&region=150100&period=2025", null, 200);
		assertThat(history.get(history.size() - 1).get("source").asString()).isEqualTo("COMPUTED");
		assertThat(history.get(history.size() - 1).get("approvedBy").asString()).isEqualTo("admin");
	}

	private void report(JsonNode round, String project, String investment) {
		JsonNode reported = this.api.expect("hohhot-zerowaste", "POST", "/api/projects/" + project + "/progress",
				new ReportProgress("本季度完成投资", 40, new BigDecimal(investment), null), 200);
		assertThat(reported.get("id").asLong()).isEqualTo(slot(round, project));
	}

	/** What the rounds say was accepted for 003's projects in 2025 and before, 万元. */
	private BigDecimal acceptedInvestmentOf2025() {
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode listed : this.api.expect("admin", "GET", "/api/dispatch-rounds", null, 200)) {
			if (!"003".equals(listed.path("planCode").asString()) || listed.get("year").asInt() > 2025) {
				continue;
			}
			JsonNode round = this.api.expect("admin", "GET", "/api/dispatch-rounds/" + listed.get("id").asLong(), null,
					200);
			for (JsonNode report : round.get("reports")) {
				if (report.get("kind").asString().equals("PROJECT") && report.get("state").asString().equals("ACCEPTED")
						&& report.hasNonNull("investment")) {
					sum = sum.add(report.get("investment").decimalValue());
				}
			}
		}
		return sum;
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
