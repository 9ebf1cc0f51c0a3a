package io.greenloop.waste;

import java.nio.charset.StandardCharsets;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The bulk path: rows streamed through COPY, checked row by row and then as a set (chain,
 * quantities, facilities, licences); any problem refuses the whole load; administrators
 * only.
 */
@GreenloopTest
@RecordApplicationEvents
class LedgerBulkLoadTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	LedgerFixture fixture;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.fixture = new LedgerFixture(this.jdbc, "150602");
	}

	MvcTestResult load(String user, String csv) {
		return this.mvc.post()
			.uri("/api/waste/ledger/bulk")
			.with(httpBasic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD))
			.contentType(new MediaType("text", "csv"))
			.accept(MediaType.APPLICATION_JSON)
			.content(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	String rows(String... rows) {
		String site = String.valueOf(this.fixture.siteId);
		return "siteId,stage,batchCode,occurredAt,wasteCode,quantityT,facilityCode,sourceStage,sourceBatchCode,"
				+ "treatment,receiverName,receiverLicenceNumber,handler\n"
				+ String.join("\n", rows).replace("$S", site).replace("$L", this.fixture.licence) + "\n";
	}

	@Test
	void loadsAChainAndRefusesTheWholeLoadOnAnyProblem() {
		String good = rows("$S,GENERATED,G1,2025-03-01T08:00,900-041-49,5,P1,,,,,,甲",
				"$S,STORED_IN,R1,2025-03-01T09:00,900-041-49,5,S1,,G1,,,,甲",
				"$S,STORED_OUT,O1,2025-03-02,900-041-49,4,S1,,R1,,,,甲",
				"$S,OFF_SITE,W1,2025-03-02T10:00,900-041-49,4,,STORED_OUT,O1,DISPOSAL,处置单位,$L,甲",
				"$S,GENERATED,F1,2025-03-03,FLY_ASH,100,P1,,,,,,甲");
		JsonNode loaded = this.api.expect(load("admin", good), 200);
		assertThat(loaded.get("recorded").asLong()).isEqualTo(5);
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(5);
		assertThat(this.events.stream(Ledger.LedgerChanged.class)).as("the year loaded is recomputed")
			.singleElement()
			.satisfies(changed -> assertThat(changed.years()).containsExactly(2025));
		assertThat(this.jdbc.sql("SELECT waste_name FROM waste.ledger_record WHERE site_id = :s AND batch_code = 'F1'")
			.param("s", this.fixture.siteId)
			.query(String.class)
			.single()).isEqualTo("粉煤灰");
		assertThat(this.jdbc.sql("""
				SELECT occurred_at FROM waste.ledger_record WHERE site_id = :s AND batch_code = 'G1'""")
			.param("s", this.fixture.siteId)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).as("08:00 China time").isEqualTo(java.time.Instant.parse("2025-03-01T00:00:00Z"));

		JsonNode refused = this.api.expect(load("admin",
				rows("$S,STORED_OUT,O2,2025-03-04,900-041-49,2,S1,,R1,,,,甲",
						"$S,STORED_IN,R2,2025-03-04,900-041-49,1,S1,,G9,,,,甲",
						"$S,STORED_IN,R3,2025-02-04,900-041-49,1,S1,,G1,,,,甲")),
				400);
		assertThat(refused.get("errors").toString())
			.contains("batch R1 (STORED_IN): holds 5.0000 t but 6.0000 t are taken out of it")
			.contains("batch G9 (GENERATED): no such batch, taken from by R2")
			.contains("batch G1 (GENERATED): taken from by a record of another waste code or an earlier time");
		assertThat(this.fixture.count(this.fixture.siteId)).as("nothing of the load").isEqualTo(5);
		assertThat(this.events.stream(Ledger.LedgerChanged.class)).as("nothing to recompute").hasSize(1);

		JsonNode bad = this.api.expect(load("admin",
				rows("$S,GENERATED,G5,2025-03-04,900-998-49,1,P1,,,,,,甲",
						"$S,GENERATED,G6,2026-03-04,900-041-49,0,P1,,,,,,甲",
						"$S,STORED_IN,R4,2025-03-04,900-041-49,1,P1,,G1,,,,甲",
						"$S,OFF_SITE,W2,2025-03-04,900-041-49,1,,GENERATED,G1,DISPOSAL,处置单位,"
								+ this.fixture.expiredLicence + ",甲")),
				400);
		assertThat(bad.get("errors").toString()).contains("line 2: 900-998-49 is no HAZARDOUS waste code")
			.contains("line 3: occurredAt 2026-03-04 is no date or in the future")
			.contains("line 4: facility P1 is no STORED_IN facility of site")
			.contains("line 5: licence " + this.fixture.expiredLicence + " is unknown, not valid on 2025-03-04");
		JsonNode duplicate = this.api.expect(load("admin", rows("$S,GENERATED,G1,2025-03-04,900-041-49,1,P1,,,,,,甲")),
				400);
		assertThat(duplicate.get("detail").asString()).contains("ledger_record_site_id_stage_batch_code_key");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(5);
		this.api.expect(load("ordos-reviewer", good), 403);
	}

	@Test
	void followsTheChainInAnyOrderAndCountsWhatEarlierRecordsTook() {
		this.api.expect(load("admin",
				rows("$S,STORED_IN,R1,2025-04-01T09:00,900-041-49,5,S1,,G1,,,,甲",
						"$S,GENERATED,G1,2025-04-01T08:00,900-041-49,5,P1,,,,,,甲",
						"$S,STORED_OUT,O1,2025-04-02,900-041-49,3,S1,,R1,,,,甲")),
				200);
		assertThat(this.fixture.count(this.fixture.siteId)).as("a batch may come after the records taking from it")
			.isEqualTo(3);

		JsonNode over = this.api.expect(load("admin", rows("$S,STORED_OUT,O2,2025-04-03,900-041-49,1.5,S1,,R1,,,,甲",
				"$S,STORED_OUT,O3,2025-04-03,900-041-49,1,S1,,R1,,,,甲")), 400);
		assertThat(over.get("errors").toString()).as("3 t taken before the load, 2.5 t by it")
			.contains("batch R1 (STORED_IN): holds 5.0000 t but 5.5000 t are taken out of it")
			.doesNotContain("ledger_record");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(3);
		this.api.expect(load("admin", rows("$S,STORED_OUT,O2,2025-04-03,900-041-49,1.5,S1,,R1,,,,甲",
				"$S,STORED_OUT,O3,2025-04-03,900-041-49,0.5,S1,,R1,,,,甲")), 200);

		JsonNode twice = this.api.expect(load("admin",
				rows("$S,GENERATED,G2,2025-04-05,900-041-49,1,P1,,,,,,甲",
						"$S,GENERATED,G2,2025-04-06,900-041-49,2,P1,,,,,,甲",
						"$S,GENERATED,G3,2025-04-06,900-041-49,2,P1,,G1,,,,甲")),
				400);
		assertThat(twice.get("errors").toString())
			.contains("line 3: batch G2 (GENERATED) of site " + this.fixture.siteId
					+ " is recorded twice in the load, also on line 2")
			.contains("line 4: a GENERATED record takes from no batch (sourceBatchCode G1)");
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(5);
	}

}
