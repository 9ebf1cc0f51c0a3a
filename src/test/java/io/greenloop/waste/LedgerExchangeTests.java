package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads (.csv, .xlsx) through the same rules, all or nothing with every row error at
 * its row and column; the yearly export in the template's columns uploads again as it is;
 * the "updated since" cursor pages through the records visible to the caller and finds
 * new ones after it.
 */
@GreenloopTest
class LedgerExchangeTests {

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

	String csv(String... rows) {
		return "\uFEFF环节 [stage],批次编码 [batchCode],时间 [occurredAt],废物代码 [wasteCode],数量(吨) [quantityT],"
				+ "设施编码 [facilityCode],来源批次编码 [sourceBatchCode],经办人 [handler]\r\n" + String.join("\r\n", rows);
	}

	JsonNode upload(long site, String name, byte[] content, int status) {
		return this.api.expect(
				this.api.upload("hohhot-reviewer", "/api/waste/sites/" + site + "/ledger/upload", name, content),
				status);
	}

	@Test
	void uploadsAllOrNothingListingEveryRowErrorAndExportsWhatUploadsAgain() throws Exception {
		JsonNode refused = upload(this.fixture.siteId, "ledger.csv",
				csv("产生,G1,2025-11-03,900-041-49,5,P1,,李四", "入库,R1,2025-11-04,900-041-49,6,S1,G1,李四",
						"产生,G2,2025-11-05,900-041-49,abc,P1,,李四", "产生,G3,2025-11-05,FLY_ASH,2,P9,,李四")
					.getBytes(StandardCharsets.UTF_8),
				400);
		assertThat(refused.get("errors")).hasSize(1);
		assertThat(refused.get("errors").get(0).toString()).contains("\"row\":4").contains("[quantityT]");
		refused = upload(this.fixture.siteId, "ledger.csv",
				csv("产生,G1,2025-11-03,900-041-49,5,P1,,李四", "入库,R1,2025-11-04,900-041-49,6,S1,G1,李四",
						"产生,G3,2025-11-05,FLY_ASH,2,P9,,李四")
					.getBytes(StandardCharsets.UTF_8),
				400);
		List<String> errors = new ArrayList<>();
		refused.get("errors")
			.forEach(error -> errors.add(error.get("row").asInt() + " " + error.get("column").asString() + ": "
					+ error.get("reason").asString()));
		assertThat(errors).containsExactlyInAnyOrder(
				"3 数量(吨) [quantityT]: 6 t is more than batch G1 (GENERATED) still holds: 5 t of 5 t, 0 t already taken out",
				"4 设施编码 [facilityCode]: The site has no facility P9");
		assertThat(this.fixture.count(this.fixture.siteId)).isZero();

		JsonNode recorded = upload(this.fixture.siteId, "ledger.csv",
				csv("产生,G1,2025-11-03,900-041-49,5,P1,,李四", "入库,R1,2025-11-04,900-041-49,5,S1,G1,李四",
						"GENERATED,G3,2025-11-05 14:30,FLY_ASH,2.125,P1,,李四")
					.getBytes(StandardCharsets.UTF_8),
				201);
		assertThat(recorded.get("recorded").asInt()).isEqualTo(3);

		long other = this.fixture.site(this.fixture.enterpriseId, "150105");
		for (String format : List.of("xlsx", "csv")) {
			MvcTestResult export = this.api.page("hohhot-reviewer",
					"/api/waste/sites/" + this.fixture.siteId + "/ledger/export?year=2025&format=" + format);
			assertThat(export).hasStatusOk();
			long site = "xlsx".equals(format) ? other : this.fixture.site(this.fixture.enterpriseId, "150105");
			upload(site, "export." + format, export.getResponse().getContentAsByteArray(), 201);
			JsonNode copied = this.api.expect("hohhot-reviewer", "GET", "/api/waste/sites/" + site + "/ledger", null,
					200);
			assertThat(copied).hasSize(3);
			assertThat(copied.get(2).get("wasteName").asString()).isEqualTo("粉煤灰");
			assertThat(copied.get(2).get("quantityT").decimalValue()).isEqualByComparingTo("2.125");
			assertThat(copied.get(2).get("occurredAt").asString()).isEqualTo("2025-11-05T06:30:00Z");
			assertThat(copied.get(1).get("sourceBatchCode").asString()).isEqualTo("G1");
		}
		MvcTestResult template = this.api.page("hohhot-reporter", "/api/waste/ledger/template?format=csv");
		assertThat(template.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("批次编码 [batchCode]")
			.contains("许可证编码 [receiverLicenceNumber]");
	}

	@Test
	void theUpdatedSinceCursorPagesThroughVisibleRecordsAndFindsNewOnes() {
		String cursor = end("hohhot-leader");
		String ordos = end("ordos-leader");
		String uri = "/api/waste/sites/" + this.fixture.siteId + "/ledger";
		List<Long> ids = new ArrayList<>();
		this.api.expect("hohhot-reviewer", "POST", uri,
				List.of(record("stage", "GENERATED", "batchCode", "A1", "occurredAt", "2025-11-01", "wasteCode",
						"900-249-08", "quantityT", 1),
						record("stage", "GENERATED", "batchCode", "A2", "occurredAt", "2025-11-01", "wasteCode",
								"900-249-08", "quantityT", 1),
						record("stage", "GENERATED", "batchCode", "A3", "occurredAt", "2025-11-01", "wasteCode",
								"900-249-08", "quantityT", 1)),
				201)
			.get("ids")
			.forEach(id -> ids.add(id.asLong()));
		JsonNode first = page("hohhot-leader", cursor, 2);
		assertThat(ids(first)).containsExactly(ids.get(0), ids.get(1));
		JsonNode second = page("hohhot-leader", first.get("next").asString(), 2);
		assertThat(ids(second)).containsExactly(ids.get(2));
		JsonNode third = page("hohhot-leader", second.get("next").asString(), 2);
		assertThat(ids(third)).isEmpty();
		assertThat(third.get("next").asString()).isEqualTo(second.get("next").asString());
		JsonNode added = this.api.expect("hohhot-reviewer", "POST", uri, List.of(record("stage", "GENERATED",
				"batchCode", "A4", "occurredAt", "2025-11-02", "wasteCode", "900-249-08", "quantityT", 1)), 201);
		assertThat(ids(page("hohhot-leader", third.get("next").asString(), 2)))
			.containsExactly(added.get("ids").get(0).asLong());
		assertThat(ids(page("ordos-leader", ordos, 1000))).as("outside Ordos' scope").isEmpty();
		this.api.expect("hohhot-leader", "GET", "/api/waste/ledger?since=nonsense", null, 400);
	}

	JsonNode page(String user, String cursor, int limit) {
		return this.api.expect(user, "GET", "/api/waste/ledger?limit=" + limit + "&since=" + cursor, null, 200);
	}

	String end(String user) {
		String cursor = "";
		JsonNode page;
		do {
			page = page(user, cursor, 1000);
			cursor = page.get("next").asString();
		}
		while (!page.get("records").isEmpty());
		return cursor;
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("records").forEach(record -> ids.add(record.get("id").asLong()));
		return ids;
	}

}
