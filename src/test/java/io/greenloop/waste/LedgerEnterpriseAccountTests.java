package io.greenloop.waste;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise's own account (role ENTERPRISE, a member of the enterprise) keeps its
 * ledger, is refused another enterprise's, and syncs only its own records through the
 * cursor.
 */
@GreenloopTest
class LedgerEnterpriseAccountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseAccess access;

	@Test
	void anEnterpriseAccountKeepsAndSyncsOnlyItsOwnLedger() {
		Api api = new Api(this.mvc);
		LedgerFixture mine = new LedgerFixture(this.jdbc, "150105");
		LedgerFixture theirs = new LedgerFixture(this.jdbc, "150105");
		String user = "ledger-keeper-" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long organisation = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
		api.expect("admin", "POST", "/api/accounts", Map.of("username", user, "displayName", "台账员", "password",
				Api.DEMO_PASSWORD, "organisationId", organisation, "roles", List.of("ENTERPRISE"), "enabled", true),
				201);
		this.access.addMember(user, mine.enterpriseId);
		List<Map<String, Object>> records = List.of(record("stage", "GENERATED", "batchCode", "K1", "occurredAt",
				"2025-11-01", "wasteCode", "900-249-08", "quantityT", 1));
		long id = api.expect(user, "POST", "/api/waste/sites/" + mine.siteId + "/ledger", records, 201)
			.get("ids")
			.get(0)
			.asLong();
		api.expect(user, "POST", "/api/waste/sites/" + theirs.siteId + "/ledger", records, 403);
		api.expect("admin", "POST", "/api/waste/sites/" + theirs.siteId + "/ledger", records, 201);

		List<Long> sites = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		String cursor = "";
		JsonNode page;
		do {
			page = api.expect(user, "GET", "/api/waste/ledger?limit=1000&since=" + cursor, null, 200);
			page.get("records").forEach(row -> {
				sites.add(row.get("siteId").asLong());
				ids.add(row.get("id").asLong());
			});
			cursor = page.get("next").asString();
		}
		while (!page.get("records").isEmpty());
		assertThat(ids).containsExactly(id);
		assertThat(sites).containsOnly(mine.siteId);
	}

}
