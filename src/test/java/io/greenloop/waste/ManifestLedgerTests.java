package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.region.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transfer from the ledger and back into it: the producer records generation, storage
 * and the batch going out; its manifest names that batch; when the operator accepts the
 * waste with less than was sent, the producer's 委外利用 record (the quantity sent) and the
 * operator's 入库 record (the quantity received) are written, and the producer's balance,
 * the region's utilisation rate and the flows follow.
 */
@GreenloopTest
class ManifestLedgerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Api api;

	TransferFixture f;

	long receiverSite;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.f = new TransferFixture(this.context);
		this.jdbc.sql("UPDATE waste.licence SET activities = '{UTILISATION,DISPOSAL}' WHERE id = :id")
			.param("id", this.f.licence)
			.update();
		this.receiverSite = this.jdbc.sql("""
				INSERT INTO waste.site (enterprise_id, name, region_code, industry_code)
				VALUES (:e, '处置中心', '150602', 'N7724') RETURNING id""")
			.param("e", this.f.receiver)
			.query(Long.class)
			.single();
	}

	static Map<String, Object> entry(String stage, String batch, String at, String source) {
		Map<String, Object> entry = new java.util.LinkedHashMap<>();
		entry.put("stage", stage);
		entry.put("batchCode", batch);
		entry.put("occurredAt", at);
		entry.put("wasteKind", "HAZARDOUS");
		entry.put("wasteCode", "900-041-49");
		entry.put("wasteName", "废弃包装物");
		entry.put("quantityT", 10);
		entry.put("handler", "王五");
		if (source != null) {
			entry.put("sourceBatchCode", source);
		}
		return entry;
	}

	JsonNode step(String user, long id, String step, Object body) {
		return this.api.expect(user, "POST", "/api/waste/manifests/" + id + "/" + step, body, 200);
	}

	BigDecimal utilisationRate() {
		this.api.expect("region-reviewer", "POST", "/api/waste/balances/recompute?year=2025", null, 200);
		return this.api.expect("region-reviewer", "GET", "/api/waste/indicators?region=150100&year=2025", null, 200)
			.valueStream()
			.filter(v -> v.get("kind").asString().equals("HW_UTILISATION_RATE"))
			.map(v -> v.get("value").decimalValue())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anAcceptedManifestWritesBothLedgersAndMovesTheBalances() {
		String prefix = "M" + TransferFixture.SERIAL.incrementAndGet();
		long out = this.api
			.expect(this.f.senderUser, "POST", "/api/waste/sites/" + this.f.site + "/ledger",
					List.of(entry("GENERATED", prefix + "G", "2025-11-10T08:00", null),
							entry("STORED_IN", prefix + "I", "2025-11-10T09:00", prefix + "G"),
							entry("STORED_OUT", prefix + "O", "2025-11-19T08:00", prefix + "I")),
					201)
			.get("ids")
			.get(2)
			.asLong();
		BigDecimal before = utilisationRate();

		Map<String, Object> draft = this.f.draft();
		draft.put("sourceBatchCode", "NO-SUCH-BATCH");
		assertThat(
				this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", draft, 400).get("field").asString())
			.isEqualTo("sourceBatchCode");
		draft.put("sourceBatchCode", prefix + "O");
		long id = this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", draft, 201).get("id").asLong();
		assertThat(this.api
			.expect(this.f.senderUser, "POST", "/api/waste/sites/" + this.f.site + "/ledger/" + out + "/void",
					Map.of("reason", "录错了"), 409)
			.get("detail")
			.asString()).as("a batch a manifest carries stays").contains("#" + id);
		String number = step(this.f.senderUser, id, "issue", null).get("manifest").get("number").asString();
		step(this.f.carrier1User, id, "pick-up", null);
		step(this.f.carrier2User, id, "hand-over", null);
		step(this.f.carrier2User, id, "deliver", null);
		step(this.f.receiverUser, id, "receive", Map.of("receivedQuantityTonnes", 9.2, "discrepancies",
				List.of("QUANTITY"), "note", "少一袋", "treatmentMethod", "R9"));
		assertThat(ledger(this.f.site, "OFF_SITE")).as("nothing written before the receiver decides").isZero();
		step(this.f.receiverUser, id, "decide", Map.of("decision", "ACCEPT"));

		JsonNode sent = this.api
			.expect(this.f.senderUser, "GET", "/api/waste/sites/" + this.f.site + "/ledger?stage=OFF_SITE", null, 200)
			.get(0);
		assertThat(sent.get("batchCode").asString()).isEqualTo("WW" + number);
		assertThat(sent.get("quantityT").decimalValue()).isEqualByComparingTo("10");
		assertThat(sent.get("treatment").asString()).isEqualTo("UTILISATION");
		assertThat(sent.get("manifestNumber").asString()).isEqualTo(number);
		assertThat(sent.get("sourceBatchCode").asString()).isEqualTo(prefix + "O");
		JsonNode received = this.api
			.expect(this.f.receiverUser, "GET", "/api/waste/sites/" + this.receiverSite + "/ledger", null, 200)
			.get(0);
		assertThat(received.get("stage").asString()).isEqualTo("STORED_IN");
		assertThat(received.get("quantityT").decimalValue()).isEqualByComparingTo("9.2");
		assertThat(received.get("manifestNumber").asString()).isEqualTo(number);
		assertThat(
				this.api
					.expect(this.f.receiverUser, "POST",
							"/api/waste/sites/" + this.receiverSite + "/ledger/" + received.get("id").asLong()
									+ "/void",
							Map.of("reason", "录错了"), 409)
					.get("detail")
					.asString())
			.as("what a manifest wrote is corrected through the manifest")
			.contains(number);

		// the producer's 10 t now count as utilised off-site: Hohhot's rate rises
		assertThat(utilisationRate()).isGreaterThan(before);
		JsonNode balance = BalanceTests.find(
				this.api.expect("hohhot-reviewer", "GET", "/api/waste/balances?region=150105&year=2025", null, 200),
				this.f.site, "900-041-49");
		assertThat(balance.get("offsiteUtilised").decimalValue()).isEqualByComparingTo("10");
		assertThat(balance.get("ownClosing").decimalValue()).isEqualByComparingTo("0");
		assertThat(BalanceTests.link(
				this.api.expect("hohhot-reviewer", "GET", "/api/waste/flows?region=150105&year=2025", null, 200),
				"C 制造业", "委外利用"))
			.isGreaterThanOrEqualTo(new BigDecimal("10"));
		// the operator's balance: 9.2 t received, none of it its own
		JsonNode operator = BalanceTests.find(
				this.api.expect("ordos-reviewer", "GET", "/api/waste/balances?region=150602&year=2025", null, 200),
				this.receiverSite, "900-041-49");
		assertThat(operator.get("received").decimalValue()).isEqualByComparingTo("9.2");
		assertThat(operator.get("generated").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void aRejectedManifestWritesNothing() {
		String prefix = "R" + TransferFixture.SERIAL.incrementAndGet();
		this.api.expect(this.f.senderUser, "POST", "/api/waste/sites/" + this.f.site + "/ledger",
				List.of(entry("GENERATED", prefix + "G", "2025-11-10T08:00", null)), 201);
		Map<String, Object> draft = this.f.draft();
		draft.put("sourceBatchCode", prefix + "G");
		long id = this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", draft, 201).get("id").asLong();
		step(this.f.senderUser, id, "issue", null);
		step(this.f.carrier1User, id, "pick-up", null);
		step(this.f.carrier2User, id, "hand-over", null);
		step(this.f.carrier2User, id, "deliver", null);
		step(this.f.receiverUser, id, "receive", Map.of("receivedQuantityTonnes", 4, "discrepancies", List.of("TYPE"),
				"note", "不是所列废物", "treatmentMethod", "D10"));
		step(this.f.receiverUser, id, "decide", Map.of("decision", "REJECT"));
		assertThat(ledger(this.f.site, "OFF_SITE")).isZero();
		assertThat(ledger(this.receiverSite, "STORED_IN")).isZero();
	}

	long ledger(long site, String stage) {
		return this.jdbc.sql("SELECT count(*) FROM waste.ledger_record WHERE site_id = :s AND stage = :stage")
			.param("s", site)
			.param("stage", stage)
			.query(Long.class)
			.single();
	}

}
