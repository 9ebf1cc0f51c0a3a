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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the registry: parks, a site's operating data, facilities and contacts,
 * carriers with vehicles, and the accounts acting for an enterprise, which see only their
 * own enterprises and nothing of the government's modules.
 */
@GreenloopTest
class WasteSiteRegistryApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	long enterprise(String region) {
		return this.api
			.expect("admin", "POST", "/api/waste/enterprises",
					Map.of("creditCode", WasteRegistryApiTests.creditCode(region), "name",
							"场所测试有限公司" + WasteRegistryApiTests.SERIAL.get(), "regionCode", region),
					201)
			.get("id")
			.asLong();
	}

	long site(long enterprise, String region) {
		JsonNode sites = this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/sites",
				Map.of("name", "厂区" + WasteRegistryApiTests.SERIAL.incrementAndGet(), "regionCode", region,
						"industryCode", "C2614"),
				201)
			.get("sites");
		return sites.get(sites.size() - 1).get("id").asLong();
	}

	/** An account with the ENTERPRISE role only, made through the accounts API. */
	String enterpriseAccount() {
		String username = "ent-" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long bureau = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
		this.api.expect(
				"admin", "POST", "/api/accounts", Map.of("username", username, "displayName", "企业填报人", "password",
						Api.DEMO_PASSWORD, "organisationId", bureau, "roles", List.of("ENTERPRISE"), "enabled", true),
				201);
		return username;
	}

	@Test
	void recordsParksSiteDataFacilitiesAndContacts() {
		String parkName = "金山开发区" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long park = this.api
			.expect("hohhot-reviewer", "POST", "/api/waste/parks", Map.of("name", parkName, "regionCode", "150105"),
					201)
			.get("id")
			.asLong();
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/parks", Map.of("name", parkName, "regionCode", "150105"),
				409);
		this.api.expect("ordos-reviewer", "POST", "/api/waste/parks", Map.of("name", "x", "regionCode", "150105"), 403);
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/parks?region=150100", null, 200).toString())
			.contains(parkName);
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/parks?region=150600", null, 200).toString())
			.doesNotContain(parkName);

		long enterprise = enterprise("150105");
		long site = site(enterprise, "150105");
		JsonNode updated = this.api.expect("hohhot-reviewer", "PUT", "/api/waste/sites/" + site,
				Map.of("parkId", park, "operatingSince", "2019-05-01", "estimatedHwTonnes", 12.5, "intermittent", true),
				200);
		assertThat(updated.get("parkName").asString()).isEqualTo(parkName);
		assertThat(updated.get("operatingSince").asString()).isEqualTo("2019-05-01");
		assertThat(updated.get("estimatedHwTonnes").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(updated.get("intermittent").asBoolean()).isTrue();
		assertThat(this.api.expect("hohhot-reviewer", "PUT", "/api/waste/sites/" + site, Map.of("parkId", 999999), 400)
			.get("field")
			.asString()).isEqualTo("parkId");
		this.api.expect("hohhot-reporter", "PUT", "/api/waste/sites/" + site, Map.of("intermittent", false), 403);

		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "TS001", "name", "危废贮存库", "kind", "storage", "type", "贮存库", "capacityTonnes", 50), 201);
		JsonNode noCapacity = this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "TS002", "name", "焚烧炉", "kind", "DISPOSAL"), 400);
		assertThat(noCapacity.get("field").asString()).isEqualTo("capacityTonnes");
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
					Map.of("code", "TS001", "name", "again", "kind", "PRODUCTION"), 409)
			.get("field")
			.asString()).isEqualTo("code");
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
					Map.of("code", "X", "name", "x", "kind", "KILN"), 400)
			.get("field")
			.asString()).isEqualTo("kind");
		this.api.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "MF001", "name", "反应釜", "kind", "PRODUCTION"), 201);
		JsonNode facilities = this.api.expect("hohhot-leader", "GET", "/api/waste/sites/" + site, null, 200)
			.get("facilities");
		assertThat(facilities.valueStream().map(f -> f.get("code").asString()).toList())
			.containsExactlyInAnyOrder("TS001", "MF001");

		this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/contacts",
				Map.of("siteId", site, "role", "LEDGER", "name", "王台账", "phone", "0471-1234567"), 201);
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/contacts",
					Map.of("role", "BOSS", "name", "x", "phone", "1"), 400)
			.get("field")
			.asString()).isEqualTo("role");
		long other = site(enterprise("150105"), "150105");
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/contacts",
					Map.of("siteId", other, "role", "LEGAL", "name", "x", "phone", "1"), 400)
			.get("field")
			.asString()).isEqualTo("siteId");
		JsonNode contacts = this.api.expect("hohhot-leader", "GET",
				"/api/waste/enterprises/" + enterprise + "/contacts", null, 200);
		assertThat(contacts).hasSize(1);
		assertThat(contacts.get(0).get("name").asString()).isEqualTo("王台账");
	}

	@Test
	void recordsCarriersWithTheirVehicles() {
		long enterprise = enterprise("150602");
		String permit = "蒙交运管许可鄂字" + WasteRegistryApiTests.SERIAL.incrementAndGet() + "号";
		long carrier = this.api
			.expect("ordos-reviewer", "POST", "/api/waste/carriers",
					Map.of("enterpriseId", enterprise, "permitNumber", permit, "permitValidTo", "2028-06-30"), 201)
			.get("id")
			.asLong();
		this.api.expect("ordos-reviewer", "POST", "/api/waste/carriers",
				Map.of("enterpriseId", enterprise, "permitNumber", "other", "permitValidTo", "2028-06-30"), 409);
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/carriers/" + carrier + "/vehicles",
				Map.of("plate", "蒙K12345", "permitNumber", "x", "permitValidTo", "2027-01-01"), 403);
		String plate = "蒙K" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		JsonNode withVehicle = this.api.expect("ordos-reviewer", "POST", "/api/waste/carriers/" + carrier + "/vehicles",
				Map.of("plate", plate, "permitNumber", "鄂道运证001", "permitValidTo", "2027-01-01"), 201);
		assertThat(withVehicle.get("vehicles").get(0).get("plate").asString()).isEqualTo(plate);
		this.api.expect("ordos-reviewer", "POST", "/api/waste/carriers/" + carrier + "/vehicles",
				Map.of("plate", plate, "permitNumber", "y", "permitValidTo", "2027-01-01"), 409);
		assertThat(this.api
			.expect("ordos-reviewer", "POST", "/api/waste/carriers/" + carrier + "/vehicles",
					Map.of("plate", "蒙K9", "permitNumber", "y"), 400)
			.get("field")
			.asString()).isEqualTo("permitValidTo");
		assertThat(this.api.expect("ordos-leader", "GET", "/api/waste/carriers", null, 200).toString())
			.contains(permit);
		assertThat(this.api.expect("hohhot-leader", "GET", "/api/waste/carriers", null, 200).toString())
			.doesNotContain(permit);
	}

	@Test
	void anEnterpriseAccountSeesAndKeepsOnlyItsOwnEnterprises() {
		long mine = enterprise("150105");
		long site = site(mine, "150105");
		long theirs = enterprise("150105");
		String user = enterpriseAccount();
		assertThat(this.api
			.expect("admin", "POST", "/api/waste/enterprises/" + mine + "/members", Map.of("username", "nobody-here"),
					400)
			.get("field")
			.asString()).isEqualTo("username");
		this.api.expect("hohhot-reporter", "POST", "/api/waste/enterprises/" + mine + "/members",
				Map.of("username", user), 403);
		this.api.expect("ordos-reviewer", "POST", "/api/waste/enterprises/" + mine + "/members",
				Map.of("username", user), 403);
		JsonNode members = this.api.expect("hohhot-reviewer", "POST", "/api/waste/enterprises/" + mine + "/members",
				Map.of("username", user), 201);
		assertThat(members.get(0).get("username").asString()).isEqualTo(user);

		assertThat(WasteRegistryApiTests.ids(this.api.expect(user, "GET", "/api/waste/enterprises", null, 200)))
			.containsExactly(mine);
		this.api.expect(user, "GET", "/api/waste/enterprises/" + mine, null, 200);
		this.api.expect(user, "GET", "/api/waste/enterprises/" + theirs, null, 403);
		this.api.expect(user, "GET", "/api/evaluation", null, 403);
		this.api.expect(user, "POST", "/api/waste/sites/" + site + "/facilities",
				Map.of("code", "TS1", "name", "贮存间", "kind", "STORAGE", "capacityTonnes", 5), 201);
		this.api.expect(user, "POST", "/api/waste/enterprises/" + mine + "/contacts",
				Map.of("role", "EMERGENCY", "name", "李应急", "phone", "110"), 201);
		this.api.expect(user, "POST", "/api/waste/enterprises/" + theirs + "/contacts",
				Map.of("role", "EMERGENCY", "name", "x", "phone", "110"), 403);
		this.api.expect(user, "PUT", "/api/waste/sites/" + site, Map.of("intermittent", true), 403);
		this.api.expect(user, "POST", "/api/waste/enterprises/" + mine + "/members", Map.of("username", user), 403);
	}

}
