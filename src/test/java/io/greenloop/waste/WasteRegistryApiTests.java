package io.greenloop.waste;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.waste.domain.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as its users use it: a reviewer registers an enterprise of its region with
 * a site and an operator's licence; others read within their scope; bad credit codes,
 * regions and waste codes are refused naming the field; writes outside the role or the
 * scope are refused.
 */
@GreenloopTest
class WasteRegistryApiTests {

	static final AtomicInteger SERIAL = new AtomicInteger(1000);

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	/** A valid credit code registered in the region, unique in this test run. */
	static String creditCode(String region) {
		String first = "91" + region + "MA" + "%07d".formatted(SERIAL.incrementAndGet());
		for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			try {
				return CreditCode.of(first + check).value();
			}
			catch (IllegalArgumentException ex) {
				// not this one
			}
		}
		throw new IllegalStateException(first);
	}

	JsonNode register(String user, String region, int status) {
		return this.api.expect(user, "POST", "/api/waste/enterprises",
				Map.of("creditCode", creditCode(region), "name", "测试环保科技有限公司" + SERIAL.get(), "regionCode", region),
				status);
	}

	@Test
	void registersAnOperatorWithItsSiteAndLicenceAndShowsItWithinScope() {
		JsonNode enterprise = register("hohhot-reviewer", "150105", 201);
		long id = enterprise.get("id").asLong();
		assertThat(enterprise.get("regionName").asString()).isEqualTo("赛罕区");
		JsonNode withSite = this.api.expect("hohhot-reviewer", "POST", "/api/waste/enterprises/" + id + "/sites",
				Map.of("name", "一号厂区", "address", "金桥开发区", "regionCode", "150105", "industryCode", "n7724"), 201);
		assertThat(withSite.get("sites")).hasSize(1);
		assertThat(withSite.get("sites").get(0).get("industryCode").asString()).isEqualTo("N7724");
		String number = "内蒙古危废经第" + SERIAL.incrementAndGet() + "号";
		JsonNode licence = this.api.expect("admin", "POST", "/api/waste/licences",
				Map.of("enterpriseId", id, "number", number, "validFrom", "2024-03-01", "validTo", "2029-02-28",
						"wasteCodes", List.of("900-249-08", "900-041-49", "841-001-01"), "activities",
						List.of("storage", "DISPOSAL"), "annualCapacityTonnes", 20000),
				201);
		assertThat(licence.get("wasteCodes").toString()).isEqualTo("[\"841-001-01\",\"900-041-49\",\"900-249-08\"]");
		assertThat(licence.get("activities").toString()).isEqualTo("[\"DISPOSAL\",\"STORAGE\"]");
		assertThat(licence.get("catalogueEdition").asString()).isEqualTo("2021");
		JsonNode read = this.api.expect("hohhot-leader", "GET", "/api/waste/enterprises/" + id, null, 200);
		assertThat(read.get("sites")).hasSize(1);
		assertThat(read.get("licences").get(0).get("number").asString()).isEqualTo(number);
		assertThat(ids(this.api.expect("hohhot-leader", "GET", "/api/waste/enterprises", null, 200))).contains(id);
		assertThat(ids(this.api.expect("ordos-leader", "GET", "/api/waste/enterprises", null, 200))).doesNotContain(id);
		this.api.expect("ordos-leader", "GET", "/api/waste/enterprises/" + id, null, 403);
		JsonNode licences = this.api.expect("hohhot-reporter", "GET", "/api/waste/licences?enterprise=" + id, null,
				200);
		assertThat(licences).hasSize(1);
		assertThat(this.api.expect("ordos-reporter", "GET", "/api/waste/licences?enterprise=" + id, null, 200))
			.isEmpty();
	}

	@Test
	void refusesBadFieldsNamingTheFieldAndTheRule() {
		JsonNode wrongCheck = this.api.expect("admin", "POST", "/api/waste/enterprises",
				Map.of("creditCode", "91350100M000100Y44", "name", "x", "regionCode", "150100"), 400);
		assertThat(wrongCheck.get("field").asString()).isEqualTo("creditCode");
		assertThat(wrongCheck.get("detail").asString()).contains("check character").contains("'3'");
		JsonNode region = this.api.expect("admin", "POST", "/api/waste/enterprises",
				Map.of("creditCode", creditCode("150100"), "name", "x", "regionCode", "159999"), 400);
		assertThat(region.get("field").asString()).isEqualTo("regionCode");
		assertThat(region.get("detail").asString()).contains("Unknown region 159999");
		long id = register("admin", "150600", 201).get("id").asLong();
		JsonNode industry = this.api.expect("admin", "POST", "/api/waste/enterprises/" + id + "/sites",
				Map.of("name", "厂区", "regionCode", "150602", "industryCode", "26A"), 400);
		assertThat(industry.get("field").asString()).isEqualTo("industryCode");
		JsonNode unlisted = licence(id, List.of("900-041-49", "900-998-49"), 400);
		assertThat(unlisted.get("field").asString()).isEqualTo("wasteCodes");
		assertThat(unlisted.get("detail").asString()).contains("900-998-49 is not listed");
		JsonNode noCategory = licence(id, List.of("900-041-42"), 400);
		assertThat(noCategory.get("detail").asString()).contains("HW42, which does not exist");
		assertThat(this.api.expect("admin", "GET", "/api/waste/licences?enterprise=" + id, null, 200))
			.as("nothing half-written")
			.isEmpty();
	}

	@Test
	void refusesWritesOutsideTheRoleOrTheScope() {
		register("ordos-reviewer", "150100", 403);
		register("hohhot-reporter", "150100", 403);
		register("hohhot-leader", "150100", 403);
		register("saihan-reviewer", "150100", 403);
		long hohhot = register("hohhot-reviewer", "150100", 201).get("id").asLong();
		JsonNode site = this.api.expect("ordos-reviewer", "POST", "/api/waste/enterprises/" + hohhot + "/sites",
				Map.of("name", "厂区", "regionCode", "150602", "industryCode", "C2614"), 403);
		assertThat(site.get("detail").asString()).contains("outside your data scope");
		this.api.expect("ordos-reviewer", "POST", "/api/waste/licences",
				Map.of("enterpriseId", hohhot, "number", "X-" + SERIAL.incrementAndGet(), "validFrom", "2024-01-01",
						"validTo", "2025-01-01", "wasteCodes", List.of("900-041-49"), "activities", List.of("STORAGE"),
						"annualCapacityTonnes", 10),
				403);
		this.api.expect("hohhot-reviewer", "GET", "/api/waste/enterprises/999999", null, 404);
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/enterprises/999999/sites",
				Map.of("name", "厂区", "regionCode", "150100", "industryCode", "C2614"), 404);
		String code = this.api.expect("hohhot-reviewer", "GET", "/api/waste/enterprises/" + hohhot, null, 200)
			.get("creditCode")
			.asString();
		JsonNode again = this.api.expect("admin", "POST", "/api/waste/enterprises",
				Map.of("creditCode", code, "name", "重复", "regionCode", "150100"), 409);
		assertThat(again.get("field").asString()).isEqualTo("creditCode");
	}

	JsonNode licence(long enterprise, List<String> codes, int status) {
		return this.api.expect("admin", "POST", "/api/waste/licences",
				Map.of("enterpriseId", enterprise, "number", "L-" + SERIAL.incrementAndGet(), "validFrom", "2023-01-01",
						"validTo", "2027-12-31", "wasteCodes", codes, "activities", List.of("UTILISATION"),
						"annualCapacityTonnes", 5000),
				status);
	}

	static List<Long> ids(JsonNode enterprises) {
		return enterprises.valueStream().map(node -> node.get("id").asLong()).toList();
	}

}
