package io.greenloop.waste;

import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Voiding a ledger record entered wrongly: the record leaves the ledger whole and is kept
 * with who, when and why; refused while a record takes from its batch, without a reason,
 * or outside the scope; partner systems learn of voids by their own cursor.
 */
@GreenloopTest
@RecordApplicationEvents
class LedgerVoidTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Api api;

	LedgerFixture fixture;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.fixture = new LedgerFixture(this.jdbc, "150105");
	}

	String uri(String path) {
		return "/api/waste/sites/" + this.fixture.siteId + "/ledger" + path;
	}

	@Test
	void voidsARecordNothingDependsOnAndKeepsItWithTheReason() {
		JsonNode ids = this.api
			.expect("hohhot-reviewer", "POST", uri(""), List.of(
					record("stage", "GENERATED", "batchCode", "G1", "occurredAt", "2025-11-03T08:00", "wasteCode",
							"900-041-49", "quantityT", 5, "facilityCode", "P1"),
					record("stage", "STORED_IN", "batchCode", "R1", "occurredAt", "2025-11-03T09:00", "wasteCode",
							"900-041-49", "quantityT", 5, "facilityCode", "S1", "sourceBatchCode", "G1"),
					record("stage", "STORED_OUT", "batchCode", "O1", "occurredAt", "2025-11-10T09:00", "wasteCode",
							"900-041-49", "quantityT", 4, "facilityCode", "S1", "sourceBatchCode", "R1")),
					201)
			.get("ids");
		long stored = ids.get(1).asLong();
		long out = ids.get(2).asLong();
		String cursor = this.api.expect("admin", "GET", "/api/waste/ledger/voided?limit=1000", null, 200)
			.get("next")
			.asString();
		while (true) {
			JsonNode page = this.api.expect("admin", "GET", "/api/waste/ledger/voided?limit=1000&since=" + cursor, null,
					200);
			if (page.get("voids").isEmpty()) {
				break;
			}
			cursor = page.get("next").asString();
		}

		JsonNode refused = this.api.expect("hohhot-reviewer", "POST", uri("/" + stored + "/void"),
				Map.of("reason", "数量录错"), 409);
		assertThat(refused.get("detail").asString()).contains("records [O1] take from its batch");
		assertThat(this.api.expect("hohhot-reviewer", "POST", uri("/" + out + "/void"), Map.of("reason", " "), 400)
			.get("field")
			.asString()).isEqualTo("reason");
		this.api.expect("ordos-reviewer", "POST", uri("/" + out + "/void"), Map.of("reason", "数量录错"), 403);
		this.api.expect("hohhot-leader", "POST", uri("/" + out + "/void"), Map.of("reason", "数量录错"), 403);
		this.api.expect("hohhot-reviewer", "POST", uri("/999999999/void"), Map.of("reason", "数量录错"), 404);
		assertThat(this.fixture.count(this.fixture.siteId)).as("nothing voided yet").isEqualTo(3);
		assertThat(this.events.stream(Ledger.LedgerChanged.class)).hasSize(1);

		JsonNode voided = this.api.expect("hohhot-reviewer", "POST", uri("/" + out + "/void"),
				Map.of("reason", "数量录错，应为 3 吨"), 200);
		assertThat(voided.get("recordId").asLong()).isEqualTo(out);
		assertThat(voided.get("batchCode").asString()).isEqualTo("O1");
		assertThat(voided.get("quantityT").decimalValue()).isEqualByComparingTo("4");
		assertThat(voided.get("voidedBy").asString()).isEqualTo("hohhot-reviewer");
		assertThat(voided.get("record").get("source_batch_code").asString()).as("the record as it was").isEqualTo("R1");
		assertThat(voided.get("record").has("idempotency_key")).isFalse();
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(2);
		assertThat(this.events.stream(Ledger.LedgerChanged.class)).as("its year is recomputed")
			.hasSize(2)
			.last()
			.satisfies(changed -> assertThat(changed.years()).containsExactly(2025));

		// the right record is entered anew, under the same batch code
		this.api
			.expect("hohhot-reviewer", "POST", uri(""),
					List.of(record("stage", "STORED_OUT", "batchCode", "O1", "occurredAt", "2025-11-10T09:00",
							"wasteCode", "900-041-49", "quantityT", 3, "facilityCode", "S1", "sourceBatchCode", "R1")),
					201);
		JsonNode kept = this.api.expect("hohhot-leader", "GET", uri("/voided"), null, 200);
		assertThat(kept).singleElement()
			.satisfies(v -> assertThat(v.get("reason").asString()).isEqualTo("数量录错，应为 3 吨"));
		this.api.expect("ordos-leader", "GET", uri("/voided"), null, 403);

		JsonNode sync = this.api.expect("region-reviewer", "GET", "/api/waste/ledger/voided?since=" + cursor, null,
				200);
		assertThat(sync.get("voids")).singleElement()
			.satisfies(v -> assertThat(v.get("recordId").asLong()).isEqualTo(out));
		assertThat(this.api.expect("ordos-reviewer", "GET", "/api/waste/ledger/voided?since=" + cursor, null, 200)
			.get("voids")).as("outside Ordos").isEmpty();
		assertThat(this.api
			.expect("region-reviewer", "GET", "/api/waste/ledger/voided?since=" + sync.get("next").asString(), null,
					200)
			.get("voids")).isEmpty();
	}

	MvcTestResult post(String key, Object body) {
		return this.mvc.post()
			.uri(uri(""))
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body))
			.exchange();
	}

	@Test
	void aRetryOfARequestWhoseRecordsWereVoidedIsRefused() {
		List<Map<String, Object>> records = List.of(record("stage", "GENERATED", "batchCode", "G1", "occurredAt",
				"2025-11-03T08:00", "wasteCode", "900-041-49", "quantityT", 5, "facilityCode", "P1"));
		long id = this.api.expect(post("key-void-1", records), 201).get("ids").get(0).asLong();
		this.api.expect("hohhot-reviewer", "POST", uri("/" + id + "/void"), Map.of("reason", "录错"), 200);
		JsonNode refused = this.api.expect(post("key-void-1", records), 409);
		assertThat(refused.get("detail").asString()).contains("of which [" + id + "] were voided since");
		assertThat(this.fixture.count(this.fixture.siteId)).isZero();
	}

	@Test
	void thePageVoidsARecordAndShowsWhyItCannot() {
		JsonNode ids = this.api
			.expect("hohhot-reviewer", "POST", uri(""), List.of(
					record("stage", "GENERATED", "batchCode", "G1", "occurredAt", "2025-11-03T08:00", "wasteCode",
							"900-041-49", "quantityT", 5, "facilityCode", "P1"),
					record("stage", "STORED_IN", "batchCode", "R1", "occurredAt", "2025-11-03T09:00", "wasteCode",
							"900-041-49", "quantityT", 5, "facilityCode", "S1", "sourceBatchCode", "G1")),
					201)
			.get("ids");
		String page = "/waste/sites/" + this.fixture.siteId + "/ledger";
		assertThat(this.mvc.post()
			.uri(page + "/" + ids.get(0).asLong() + "/void")
			.param("reason", "录错")
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("voidError", "Record " + ids.get(0).asLong()
					+ " (GENERATED batch G1) cannot be voided: records [R1] take from its batch; void them first");
		assertThat(this.api.page("hohhot-reviewer", page)).bodyText()
			.contains("作废")
			.contains("action=\"" + page + "/" + ids.get(1).asLong() + "/void\"");
		assertThat(this.mvc.post()
			.uri(page + "/" + ids.get(1).asLong() + "/void")
			.param("reason", "重复录入")
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())).hasStatus3xxRedirection().flash().containsEntry("voidedBatch", "R1");
		assertThat(this.api.page("hohhot-reviewer", page)).bodyText().contains("已作废的记录（1 条）").contains("重复录入");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(1);
	}

}
