package io.greenloop.supervision;

import java.time.Instant;
import java.time.LocalDate;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue rules on the moved clock: a round's deadline passes with 003-4.04
 * unreported by 市生态环境局, which makes the task 逾期 and opens a 督办 to that unit; answered, it
 * is done; the unanswered 督办 of another unit climbs to the lead unit, then to the
 * administrators. The rules ran on start too (for the milestones of 2023 and 2024).
 */
@GreenloopTest
class OverdueRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	OverdueRules rules;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theRulesRanOnStartForTheMilestonesAlreadyPassed() {
		JsonNode task = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-6.04", null, 200);
		assertThat(task.get("due").asString()).isEqualTo("2023-12-31");
		assertThat(task.get("state").asString()).isIn("OVERDUE", "COMPLETED");
		assertThat(this.rules.apply().overdue()).as("a second run the same day marks nothing more").isZero();
	}

	@Test
	void aMissedRoundDeadlineMarksTheTaskOverdueAndOpensA督办ThatEscalatesUnanswered() {
		LocalDate deadline = LocalDate.of(2025, 11, 25);
		JsonNode round = this.api.expect("admin", "POST", "/api/dispatch-rounds",
				new OpenRound("2025年11月专项调度", "003", deadline, null), 200);
		long roundId = round.get("id").asLong();
		move(deadline);
		this.rules.apply();
		assertThat(itemsFor("hohhot-reporter", roundId, "003-4.04")).as("not before the day after").isNull();

		move(deadline.plusDays(1));
		this.rules.apply();
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/tasks/003-4.04", null, 200).get("state").asString())
			.isEqualTo("OVERDUE");
		JsonNode history = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-4.04/progress", null, 200)
			.get("history");
		JsonNode marked = history.get(history.size() - 1);
		assertThat(marked.get("action").asString()).isEqualTo("OVERDUE");
		assertThat(marked.get("by").asString()).isEqualTo("system");
		assertThat(marked.get("reason").asString()).contains("2025年11月专项调度");
		JsonNode item = itemsFor("hohhot-reporter", roundId, "003-4.04");
		assertThat(item).isNotNull();
		assertThat(item.get("level").asString()).isEqualTo("UNIT");
		assertThat(item.get("organisationName").asString()).isEqualTo("呼和浩特市生态环境局");
		assertThat(item.get("replyDue").asString()).isEqualTo("2025-12-03");
		assertThat(this.rules.apply().opened()).as("no second item for the same miss").isZero();

		this.api.expect("hohhot-zerowaste", "POST", "/api/supervision-items/" + item.get("id").asLong() + "/reply",
				new ProgressApiTests.Reason("x"), 403);
		this.api.expect("hohhot-reporter", "POST", "/api/supervision-items/" + item.get("id").asLong() + "/reply",
				new ProgressApiTests.Reason(""), 400);
		JsonNode answered = this.api.expect("hohhot-reporter", "POST",
				"/api/supervision-items/" + item.get("id").asLong() + "/reply",
				new ProgressApiTests.Reason("已与执法局对接，12月10日前补报"), 200);
		assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");
		this.api.expect("hohhot-reporter", "POST", "/api/supervision-items/" + item.get("id").asLong() + "/reply",
				new ProgressApiTests.Reason("again"), 409);

		JsonNode other = itemsFor("admin", roundId, "003-4.01");
		assertThat(other.get("level").asString()).isEqualTo("UNIT");
		move(deadline.plusDays(9));
		this.rules.apply();
		JsonNode atLead = itemsFor("admin", roundId, "003-4.01", other.get("responsibleId").asLong());
		assertThat(atLead.get("level").asString()).isEqualTo("LEAD");
		assertThat(atLead.get("organisationName").asString()).isEqualTo("呼和浩特市“无废办”");
		assertThat(itemsFor("hohhot-zerowaste", roundId, "003-4.01")).as("in the lead unit's list").isNotNull();
		move(deadline.plusDays(18));
		this.rules.apply();
		JsonNode atTop = itemsFor("admin", roundId, "003-4.01", other.get("responsibleId").asLong());
		assertThat(atTop.get("level").asString()).isEqualTo("ADMINISTRATOR");
		assertThat(atTop.has("organisationId")).isFalse();
		assertThat(itemsFor("hohhot-reporter", roundId, "003-4.04").get("level").asString())
			.as("an answered item stays where it was")
			.isEqualTo("UNIT");

		JsonNode bureau = null;
		for (JsonNode unit : this.api.expect("hohhot-leader", "GET", "/api/supervision/statistics", null, 200)) {
			bureau = unit.get("organisationName").asString().equals("呼和浩特市生态环境局") ? unit : bureau;
		}
		assertThat(bureau).isNotNull();
		assertThat(bureau.get("overdue").asInt()).isPositive();
		assertThat(bureau.get("items").asInt()).isGreaterThan(bureau.get("openItems").asInt());
		assertThat(bureau.get("slotsDue").asInt()).isGreaterThan(bureau.get("onTime").asInt());
		assertThat(bureau.get("onTimeRate").decimalValue()).isLessThan(new java.math.BigDecimal("100"));
	}

	private void move(LocalDate day) {
		this.clock.set(Instant.parse(day + "T02:00:00Z"));
	}

	private JsonNode itemsFor(String user, long round, String task) {
		return itemsFor(user, round, task, null);
	}

	private JsonNode itemsFor(String user, long round, String task, Long responsible) {
		boolean mine = !"admin".equals(user);
		for (JsonNode item : this.api.expect(user, "GET", "/api/supervision-items?mine=" + mine, null, 200)) {
			if (item.get("taskCode").asString().equals(task) && item.path("roundId").asLong() == round
					&& (responsible == null || item.path("responsibleId").asLong() == responsible)) {
				return item;
			}
		}
		return null;
	}

}
