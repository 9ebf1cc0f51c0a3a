package io.greenloop.waste;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The ledger API as an enterprise's record keeper uses it (HJ 1259—2022 §6.3): a chain 产生
 * → 入库 → 出库 → 委外处置 in one request; every bad record refused naming its index, field and
 * rule with nothing written; out-of-storage beyond what is stored refused with the
 * quantities; a retried request with the same Idempotency-Key writes nothing new.
 */
@GreenloopTest
class LedgerApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	LedgerFixture fixture;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.fixture = new LedgerFixture(this.jdbc, "150105");
	}

	String uri() {
		return "/api/waste/sites/" + this.fixture.siteId + "/ledger";
	}

	List<Map<String, Object>> chain() {
		return List.of(
				record("stage", "GENERATED", "batchCode", "G1", "occurredAt", "2025-11-03T08:00", "wasteCode",
						"900-041-49", "quantityT", 5, "facilityCode", "P1", "containerType", "桶", "containerCount", 25),
				record("stage", "入库", "batchCode", "R1", "occurredAt", "2025-11-03 09:00", "wasteCode", "900-041-49",
						"quantityT", 5, "facilityCode", "S1", "sourceBatchCode", "G1"),
				record("stage", "STORED_OUT", "batchCode", "O1", "occurredAt", "2025-11-10", "wasteCode", "900-041-49",
						"quantityT", 3, "facilityCode", "S1", "sourceBatchCode", "R1"),
				record("stage", "OFF_SITE", "batchCode", "W1", "occurredAt", "2025-11-10T10:00", "wasteCode",
						"900-041-49", "quantityT", 3, "treatment", "DISPOSAL", "receiverName", "处置经营单位",
						"receiverLicenceNumber", this.fixture.licence, "sourceBatchCode", "O1"));
	}

	@Test
	void recordsAChainInOneRequestAndRefusesTakingOutMoreThanIsStored() {
		JsonNode result = this.api.expect("hohhot-reviewer", "POST", uri(), chain(), 201);
		assertThat(result.get("recorded").asInt()).isEqualTo(4);
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(4);
		JsonNode rows = this.api.expect("hohhot-leader", "GET", uri() + "?stage=STORED_IN", null, 200);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("sourceStage").asString()).isEqualTo("GENERATED");
		assertThat(rows.get(0).get("wasteName").asString()).as("the 名录's name when none is given").contains("废弃");

		JsonNode refused = this.api.expect("hohhot-reviewer", "POST", uri(),
				List.of(record("stage", "STORED_OUT", "batchCode", "O2", "occurredAt", "2025-11-12", "wasteCode",
						"900-041-49", "quantityT", 2.5, "sourceBatchCode", "R1")),
				400);
		assertThat(refused.get("field").asString()).isEqualTo("records[0].quantityT");
		assertThat(refused.get("errors").get(0).get("reason").asString())
			.isEqualTo("2.5 t is more than batch R1 (STORED_IN) still holds: 2.0000 t of 5.0000 t, 3.0000 t "
					+ "already taken out");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(4);
		this.api.expect("hohhot-reviewer", "POST", uri(), List.of(record("stage", "STORED_OUT", "batchCode", "O2",
				"occurredAt", "2025-11-12", "wasteCode", "900-041-49", "quantityT", 2, "sourceBatchCode", "R1")), 201);
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(5);
	}

	@Test
	void refusesEveryBadRecordNamingItsIndexFieldAndRuleAndWritesNothing() {
		List<Map<String, Object>> records = new ArrayList<>(chain().subList(0, 2));
		records.add(record("stage", "GENERATED", "batchCode", "G2", "occurredAt", "2025-11-03", "wasteCode",
				"900-998-49", "quantityT", 1));
		records.add(record("stage", "GENERATED", "batchCode", "G3", "occurredAt", "2025-11-03", "wasteCode",
				"900-249-08", "quantityT", 0));
		records.add(record("stage", "GENERATED", "batchCode", "G4", "occurredAt", "2025-12-01", "wasteCode",
				"900-249-08", "quantityT", 1));
		records.add(record("stage", "GENERATED", "batchCode", "G5", "occurredAt", "2025-11-04", "wasteCode",
				"900-249-08", "quantityT", 1, "facilityCode", "S1"));
		records.add(record("stage", "OFF_SITE", "batchCode", "W1", "occurredAt", "2025-11-05", "wasteCode",
				"900-041-49", "quantityT", 1, "treatment", "DISPOSAL", "receiverName", "x", "receiverLicenceNumber",
				this.fixture.expiredLicence, "sourceBatchCode", "G1"));
		records.add(record("stage", "GENERATED", "batchCode", "G6", "occurredAt", "2025-11-04", "wasteCode",
				"900-039-49", "quantityT", 1));
		records.add(record("stage", "OFF_SITE", "batchCode", "W2", "occurredAt", "2025-11-05", "wasteCode",
				"900-039-49", "quantityT", 1, "treatment", "DISPOSAL", "receiverName", "x", "receiverLicenceNumber",
				this.fixture.licence, "sourceBatchCode", "G6"));
		records.add(record("stage", "STORED_IN", "batchCode", "R1", "occurredAt", "2025-11-05", "wasteCode",
				"900-041-49", "quantityT", 1, "sourceBatchCode", "G1"));
		records.add(record("stage", "STORED_OUT", "batchCode", "O9", "occurredAt", "2025-11-05", "wasteCode",
				"900-041-49", "quantityT", 1, "sourceBatchCode", "G1"));
		records.add(record("stage", "STORED_IN", "batchCode", "R9", "occurredAt", "2025-11-05", "wasteCode",
				"900-041-49", "quantityT", 1, "manifestNumber", "20251501000001"));
		JsonNode refused = this.api.expect("hohhot-reviewer", "POST", uri(), records, 400);
		List<String> errors = new ArrayList<>();
		refused.get("errors")
			.forEach(error -> errors.add(error.get("index").asInt() + " " + error.get("field").asString() + ": "
					+ error.get("reason").asString()));
		assertThat(errors).containsExactlyInAnyOrder(
				"2 wasteCode: 900-998-49 is not a waste of the 国家危险废物名录 in force on 2025-11-03 (checked against the "
						+ "2021 edition, because the 2025 edition, in force since 2025-01-01, is not loaded)",
				"3 quantityT: The quantity must be above zero, not 0 t",
				"4 occurredAt: 2025-12-01 is in the future (now 2025-11-20T10:00)",
				"5 facilityCode: Facility S1 is a STORAGE facility; a GENERATED record names a PRODUCTION one",
				"6 receiverLicenceNumber: Licence " + this.fixture.expiredLicence + " expired on 2024-12-31",
				"6 quantityT: 1 t is more than batch G1 (GENERATED) still holds: 0 t of 5 t, 5 t already taken out",
				"8 receiverLicenceNumber: Licence " + this.fixture.licence + " does not cover 900-039-49",
				"9 batchCode: Batch code R1 is already recorded at stage STORED_IN (入库) of this site",
				"9 quantityT: 1 t is more than batch G1 (GENERATED) still holds: 0 t of 5 t, 5 t already taken out",
				"10 sourceBatchCode: No STORED_IN batch G1 at this site",
				"11 manifestNumber: Only a receiving operator, holding a licence valid on 2025-11-05, stores waste "
						+ "in from a transfer manifest");
		assertThat(this.fixture.count(this.fixture.siteId)).as("nothing half-written").isZero();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyWritesNothingNew() {
		MvcTestResult first = post("key-1", chain());
		JsonNode answer = this.api.expect(first, 201);
		assertThat(first.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("false");
		MvcTestResult retry = post("key-1", chain());
		assertThat(this.api.expect(retry, 201)).isEqualTo(answer);
		assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(4);
		JsonNode conflict = this.api.expect(post("key-1", chain().subList(0, 1)), 409);
		assertThat(conflict.get("detail").asString()).contains("key-1 was already used for a different request");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(4);
	}

	@Test
	void refusesWritesOutsideTheScope() {
		this.api.expect("ordos-reviewer", "POST", uri(), chain(), 403);
		this.api.expect("hohhot-leader", "POST", uri(), chain(), 403);
		this.api.expect("ordos-leader", "GET", uri(), null, 403);
		assertThat(this.fixture.count(this.fixture.siteId)).isZero();
		this.api.expect("admin", "POST", "/api/waste/sites/999999/ledger", chain(), 404);
	}

	MvcTestResult post(String key, Object body) {
		return this.mvc.post()
			.uri(uri())
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body))
			.exchange();
	}

}
