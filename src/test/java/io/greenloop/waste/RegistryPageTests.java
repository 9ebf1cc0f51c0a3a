package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The registry pages as their users use them: carriers with vehicles and permits, parks
 * with their sites, the members of an enterprise, and the corrections of registry
 * records; each list shows what the scope allows and no more, forms create, bad input
 * comes back beside its field with nothing written, corrections change the row, are kept
 * in the audit log, and are refused to another enterprise's member.
 */
@GreenloopTest
class RegistryPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	MvcTestResult post(String user, String uri, String... params) {
		var request = this.mvc.post()
			.uri(uri)
			.with(httpBasic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD))
			.with(csrf())
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	String html(String user, String uri) throws Exception {
		MvcTestResult page = this.api.page(user, uri);
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long enterprise(String region, String name) {
		return this.api.expect("admin", "POST", "/api/waste/enterprises",
				Map.of("creditCode", WasteRegistryApiTests.creditCode(region), "name",
						name + WasteRegistryApiTests.SERIAL.get(), "regionCode", region),
				201)
			.get("id")
			.asLong();
	}

	long count(String sql, Object... params) {
		var statement = this.jdbc.sql(sql);
		for (int i = 0; i < params.length; i++) {
			statement = statement.param(i + 1, params[i]);
		}
		return statement.query(Long.class).single();
	}

	/** A new account with the ENTERPRISE role only, acting for the enterprise. */
	String member(long enterpriseId) {
		String user = "regpage-" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long bureau = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
		this.api.expect(
				"admin", "POST", "/api/accounts", Map.of("username", user, "displayName", "企业员工", "password",
						Api.DEMO_PASSWORD, "organisationId", bureau, "roles", List.of("ENTERPRISE"), "enabled", true),
				201);
		this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterpriseId + "/members",
				Map.of("username", user), 201);
		return user;
	}

	@Test
	void carriersAreListedWithinScopeRegisteredWithVehiclesAndExpiredPermitsMarked() throws Exception {
		long hohhot = enterprise("150105", "呼市危运有限公司");
		long ordos = enterprise("150602", "鄂尔多斯危运有限公司");
		String hohhotPermit = "蒙交运管许可呼字" + WasteRegistryApiTests.SERIAL.incrementAndGet() + "号";
		String ordosPermit = "蒙交运管许可鄂字" + WasteRegistryApiTests.SERIAL.incrementAndGet() + "号";

		// bad input: the date is missing; nothing is written, the error is beside the
		// field
		MvcTestResult refused = post("hohhot-reviewer", "/waste/carriers", "enterpriseId", String.valueOf(hohhot),
				"permitNumber", hohhotPermit, "permitValidTo", "");
		assertThat(refused).hasStatus(400);
		assertThat(body(refused)).contains("id=\"form-error\"", "is-invalid", "field-error",
				"The permit&#39;s last day of validity is required", hohhotPermit);
		assertThat(count("SELECT count(*) FROM waste.carrier WHERE enterprise_id = ?", hohhot)).isZero();

		MvcTestResult registered = post("hohhot-reviewer", "/waste/carriers", "enterpriseId", String.valueOf(hohhot),
				"permitNumber", hohhotPermit, "permitValidTo", "2027-12-31");
		assertThat(registered).hasStatus3xxRedirection();
		assertThat(count("SELECT count(*) FROM waste.carrier WHERE enterprise_id = ?", hohhot)).isOne();
		assertThat(post("ordos-reviewer", "/waste/carriers", "enterpriseId", String.valueOf(ordos), "permitNumber",
				ordosPermit, "permitValidTo", "2027-12-31"))
			.hasStatus3xxRedirection();
		// a reviewer of another region may not register this one
		assertThat(post("ordos-reviewer", "/waste/carriers", "enterpriseId", String.valueOf(hohhot), "permitNumber",
				"X" + hohhotPermit, "permitValidTo", "2027-12-31"))
			.hasStatus(403);

		long carrier = this.jdbc.sql("SELECT id FROM waste.carrier WHERE enterprise_id = ?")
			.param(hohhot)
			.query(Long.class)
			.single();
		String plate = "蒙A" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		String oldPlate = "蒙A" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		assertThat(post("hohhot-reviewer", "/waste/carriers/" + carrier + "/vehicles", "plate", plate, "permitNumber",
				"150100001", "permitValidTo", "2026-06-30"))
			.hasStatus3xxRedirection();
		assertThat(post("hohhot-reviewer", "/waste/carriers/" + carrier + "/vehicles", "plate", oldPlate,
				"permitNumber", "150100002", "permitValidTo", "2025-10-31"))
			.hasStatus3xxRedirection();
		MvcTestResult duplicate = post("hohhot-reviewer", "/waste/carriers/" + carrier + "/vehicles", "plate", plate,
				"permitNumber", "150100003", "permitValidTo", "2026-06-30");
		assertThat(duplicate).hasStatus(400);
		assertThat(body(duplicate)).contains("is already recorded", "is-invalid");
		assertThat(count("SELECT count(*) FROM waste.vehicle WHERE carrier_id = ?", carrier)).isEqualTo(2);

		String hohhotPage = html("hohhot-leader", "/waste/carriers");
		assertThat(hohhotPage).contains(hohhotPermit, plate, oldPlate, "2025-10-31").doesNotContain(ordosPermit);
		// the clock is at 2025-11-20: one vehicle permit expired, the carrier's permit
		// and the other not
		String section = hohhotPage.substring(hohhotPage.indexOf("id=\"carrier-" + carrier + "\""));
		section = section.substring(0, section.indexOf("</section>"));
		assertThat(section.split("badge text-bg-danger expired", -1)).hasSize(2);
		// readers get no forms
		assertThat(hohhotPage).doesNotContain("register-carrier", "add-vehicle", "edit-permit");
		assertThat(html("ordos-leader", "/waste/carriers")).contains(ordosPermit).doesNotContain(hohhotPermit);
		assertThat(html("hohhot-leader", "/waste/enterprises/" + hohhot)).contains("id=\"carrier-link\"", hohhotPermit,
				"/waste/carriers#carrier-" + carrier);
		assertThat(html("hohhot-reviewer", "/waste/carriers")).contains("register-carrier", "add-vehicle");
		// the additions are in the audit log
		assertThat(count("SELECT count(*) FROM audit.entry WHERE action = 'WASTE_REGISTRY' AND subject = ?",
				"vehicle " + plate + " of carrier " + hohhotPermit))
			.isOne();
	}

	@Test
	void parksAreRegisteredAndShowTheSitesTheScopeAllows() throws Exception {
		String name = "金桥园区" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		MvcTestResult refused = post("hohhot-reviewer", "/waste/parks", "name", "", "regionCode", "150105");
		assertThat(refused).hasStatus(400);
		assertThat(body(refused)).contains("The name is required", "is-invalid");
		MvcTestResult badRegion = post("hohhot-reviewer", "/waste/parks", "name", name, "regionCode", "15010");
		assertThat(badRegion).hasStatus(400);
		assertThat(body(badRegion)).contains("is not a region code", name);
		assertThat(count("SELECT count(*) FROM waste.park WHERE name = ?", name)).isZero();

		assertThat(post("hohhot-reviewer", "/waste/parks", "name", name, "regionCode", "150105"))
			.hasStatus3xxRedirection();
		long park = this.jdbc.sql("SELECT id FROM waste.park WHERE name = ?").param(name).query(Long.class).single();
		long site = WasteClassApiTests.site(this.api);
		this.api.expect("admin", "PUT", "/api/waste/sites/" + site, Map.of("parkId", park), 200);
		String siteName = this.jdbc
			.sql("SELECT e.name FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id WHERE s.id = ?")
			.param(site)
			.query(String.class)
			.single();

		String page = html("hohhot-leader", "/waste/parks?region=150100");
		assertThat(page).contains(name, siteName).doesNotContain("register-park");
		// parks are public to logged-in accounts, the sites in them only within scope
		String ordos = html("ordos-leader", "/waste/parks");
		assertThat(ordos).contains(name).doesNotContain(siteName);
		assertThat(html("ordos-leader", "/waste/parks?region=150600")).doesNotContain(name);
		assertThat(html("hohhot-reviewer", "/waste/parks")).contains("register-park");
		assertThat(post("hohhot-leader", "/waste/parks", "name", name + "X", "regionCode", "150105")).hasStatus(403);
	}

	@Test
	void administratorsAddMembersOnTheEnterprisePage() throws Exception {
		long enterprise = enterprise("150105", "成员测试有限公司");
		String user = member(enterprise);
		long other = enterprise("150105", "成员测试二有限公司");
		assertThat(html("admin", "/waste/enterprises/" + other)).contains("id=\"add-member\"");
		assertThat(html("hohhot-leader", "/waste/enterprises/" + other)).doesNotContain("id=\"add-member\"");
		assertThat(html(user, "/waste/enterprises/" + enterprise)).doesNotContain("id=\"add-member\"");

		MvcTestResult unknown = post("admin", "/waste/enterprises/" + other + "/members", "username", "no-such-user");
		assertThat(unknown).hasStatus3xxRedirection();
		assertThat(unknown.getMvcResult().getFlashMap().get("memberError")).asString()
			.contains("No account with username no-such-user");
		assertThat(count("SELECT count(*) FROM waste.enterprise_member WHERE enterprise_id = ?", other)).isZero();

		assertThat(post("admin", "/waste/enterprises/" + other + "/members", "username", user))
			.hasStatus3xxRedirection();
		assertThat(count("SELECT count(*) FROM waste.enterprise_member WHERE enterprise_id = ? AND username = ?", other,
				user))
			.isOne();
		assertThat(html("hohhot-leader", "/waste/enterprises/" + other)).contains("class=\"member\"", user);
		assertThat(post("hohhot-leader", "/waste/enterprises/" + other + "/members", "username", "hohhot-reporter"))
			.hasStatus(403);
		assertThat(post(user, "/waste/enterprises/" + other + "/members", "username", "hohhot-reporter"))
			.hasStatus(403);
	}

	@Test
	void correctionsChangeTheRowAreAuditedAndAreRefusedToOthers() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		long enterprise = this.api.expect("admin", "GET", "/api/waste/sites/" + site, null, 200)
			.get("enterpriseId")
			.asLong();
		String user = member(enterprise);
		String stranger = member(enterprise("150105", "别家有限公司"));
		long facility = this.api
			.expect("admin", "POST", "/api/waste/sites/" + site + "/facilities",
					Map.of("code", "TS-E1", "name", "暂存间", "kind", "STORAGE", "capacityTonnes", 10), 201)
			.get("id")
			.asLong();
		long contact = this.api
			.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/contacts",
					Map.of("role", "LEDGER", "name", "钱台账", "phone", "0471-1234567"), 201)
			.get("id")
			.asLong();

		// the member sees the facility and contact forms but not the enterprise's
		String page = html(user, "/waste/enterprises/" + enterprise + "/edit");
		assertThat(page).contains("edit-facility-" + facility, "edit-contact-" + contact)
			.doesNotContain("id=\"edit-enterprise\"", "edit-site-");
		assertThat(html(user, "/waste/enterprises/" + enterprise)).contains("id=\"edit-link\"");
		assertThat(this.api.page(stranger, "/waste/enterprises/" + enterprise + "/edit")).hasStatus(403);
		assertThat(this.api.page("hohhot-leader", "/waste/enterprises/" + enterprise + "/edit")).hasStatus(403);

		// a member corrects its facility
		assertThat(post(user, "/waste/facilities/" + facility + "/edit", "name", "危废贮存库", "kind", "STORAGE", "type",
				"贮存库", "capacityTonnes", "25.5"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("SELECT name || '|' || type || '|' || capacity_t FROM waste.facility WHERE id = ?")
			.param(facility)
			.query(String.class)
			.single()).isEqualTo("危废贮存库|贮存库|25.500");
		assertThat(this.jdbc
			.sql("SELECT detail FROM audit.entry WHERE action = 'WASTE_REGISTRY' AND actor = ? AND subject = ?")
			.param(user)
			.param("facility TS-E1 of site " + site)
			.query(String.class)
			.single()).contains("name: 暂存间 → 危废贮存库", "capacity: 10.000 → 25.5");

		// bad input: a storage facility needs its capacity; the row stays
		MvcTestResult refused = post(user, "/waste/facilities/" + facility + "/edit", "name", "改名", "kind", "STORAGE",
				"type", "新类型", "capacityTonnes", "");
		assertThat(refused).hasStatus(400);
		// what was typed comes back in its own field
		assertThat(body(refused)).contains("needs its capacity", "is-invalid", "value=\"改名\"", "value=\"新类型\"");
		assertThat(this.jdbc.sql("SELECT name FROM waste.facility WHERE id = ?")
			.param(facility)
			.query(String.class)
			.single()).isEqualTo("危废贮存库");

		// another enterprise's member is refused, nothing changes
		assertThat(post(stranger, "/waste/facilities/" + facility + "/edit", "name", "别人的", "kind", "STORAGE",
				"capacityTonnes", "1"))
			.hasStatus(403);
		assertThat(post(stranger, "/waste/contacts/" + contact + "/edit", "role", "LEDGER", "name", "别人", "phone", "1"))
			.hasStatus(403);
		assertThat(this.jdbc.sql("SELECT name FROM waste.contact WHERE id = ?")
			.param(contact)
			.query(String.class)
			.single()).isEqualTo("钱台账");

		// contact: phone or e-mail required
		MvcTestResult noPhone = post(user, "/waste/contacts/" + contact + "/edit", "role", "LEDGER", "name", "钱台账",
				"phone", "", "email", "");
		assertThat(noPhone).hasStatus(400);
		assertThat(body(noPhone)).contains("phone number or an e-mail");
		assertThat(post(user, "/waste/contacts/" + contact + "/edit", "role", "EMERGENCY", "name", "钱应急", "phone", "",
				"email", "qian@example.com"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.sql(
				"SELECT role || '|' || name || '|' || coalesce(phone, '-') || '|' || email FROM waste.contact WHERE id = ?")
			.param(contact)
			.query(String.class)
			.single()).isEqualTo("EMERGENCY|钱应急|-|qian@example.com");

		// the enterprise's name and region and its sites: administrators and reviewers in
		// scope only
		assertThat(post(user, "/waste/enterprises/" + enterprise + "/edit", "name", "改名有限公司", "regionCode", "150105"))
			.hasStatus(403);
		assertThat(post("ordos-reviewer", "/waste/enterprises/" + enterprise + "/edit", "name", "改名有限公司", "regionCode",
				"150105"))
			.hasStatus(403);
		// a reviewer cannot move an enterprise out of its own region
		assertThat(post("hohhot-reviewer", "/waste/enterprises/" + enterprise + "/edit", "name", "改名有限公司", "regionCode",
				"150602"))
			.hasStatus(403);
		MvcTestResult blank = post("hohhot-reviewer", "/waste/enterprises/" + enterprise + "/edit", "name", " ",
				"regionCode", "150105");
		assertThat(blank).hasStatus(400);
		assertThat(body(blank)).contains("The name is required");
		String newName = "更正后有限公司" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		assertThat(post("hohhot-reviewer", "/waste/enterprises/" + enterprise + "/edit", "name", newName, "regionCode",
				"150102"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("SELECT name || '|' || region_code FROM waste.enterprise WHERE id = ?")
			.param(enterprise)
			.query(String.class)
			.single()).isEqualTo(newName + "|150102");
		assertThat(count(
				"SELECT count(*) FROM audit.entry WHERE action = 'WASTE_REGISTRY' AND actor = 'hohhot-reviewer' "
						+ "AND subject LIKE ? AND detail LIKE '%region: 150105 → 150102%'",
				"enterprise " + enterprise + " %"))
			.isOne();

		MvcTestResult badIndustry = post("admin", "/waste/sites/" + site + "/edit", "name", "一号厂区", "address", "金桥",
				"regionCode", "150105", "industryCode", "Z99");
		assertThat(badIndustry).hasStatus(400);
		assertThat(body(badIndustry)).contains("is-invalid");
		assertThat(post("admin", "/waste/sites/" + site + "/edit", "name", "一号厂区", "address", "金桥开发区", "regionCode",
				"150105", "industryCode", "c2614"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.sql("SELECT name || '|' || address || '|' || industry_code FROM waste.site WHERE id = ?")
			.param(site)
			.query(String.class)
			.single()).isEqualTo("一号厂区|金桥开发区|C2614");
		assertThat(post(user, "/waste/sites/" + site + "/edit", "name", "x", "regionCode", "150105", "industryCode",
				"C2614"))
			.hasStatus(403);
	}

	@Test
	void carrierMembersCorrectTheirPermitsAndNoOneElsesVehicles() throws Exception {
		long enterprise = enterprise("150105", "呼市运输有限公司");
		String permit = "蒙交运管许可呼字" + WasteRegistryApiTests.SERIAL.incrementAndGet() + "号";
		long carrier = this.api
			.expect("admin", "POST", "/api/waste/carriers",
					Map.of("enterpriseId", enterprise, "permitNumber", permit, "permitValidTo", "2025-06-30"), 201)
			.get("id")
			.asLong();
		String plate = "蒙A" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long vehicle = this.api
			.expect("admin", "POST", "/api/waste/carriers/" + carrier + "/vehicles",
					Map.of("plate", plate, "permitNumber", "150100009", "permitValidTo", "2025-01-31"), 201)
			.get("vehicles")
			.get(0)
			.get("id")
			.asLong();
		String user = member(enterprise);
		String stranger = member(enterprise("150105", "别家运输有限公司"));

		String page = html(user, "/waste/carriers");
		assertThat(page).contains(permit, "edit-permit", "edit-vehicle-permit").doesNotContain("add-vehicle");
		assertThat(html(stranger, "/waste/carriers")).doesNotContain(permit);

		MvcTestResult bad = post(user, "/waste/carriers/" + carrier + "/permit", "permitValidTo", "2026-02-30");
		assertThat(bad).hasStatus(400);
		assertThat(body(bad)).contains("is not a date", "is-invalid");
		assertThat(post(user, "/waste/carriers/" + carrier + "/permit", "permitValidTo", "2030-06-30"))
			.hasStatus3xxRedirection();
		assertThat(post(user, "/waste/vehicles/" + vehicle + "/permit", "permitValidTo", "2029-01-31"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc
			.sql("SELECT c.permit_valid_to || '|' || v.permit_valid_to FROM waste.carrier c "
					+ "JOIN waste.vehicle v ON v.carrier_id = c.id WHERE v.id = ?")
			.param(vehicle)
			.query(String.class)
			.single()).isEqualTo("2030-06-30|2029-01-31");
		assertThat(count("SELECT count(*) FROM audit.entry WHERE action = 'WASTE_REGISTRY' AND actor = ? "
				+ "AND detail = 'permitValidTo: 2025-01-31 → 2029-01-31'", user))
			.isOne();
		assertThat(post(stranger, "/waste/vehicles/" + vehicle + "/permit", "permitValidTo", "2020-01-01"))
			.hasStatus(403);
		assertThat(post(stranger, "/waste/carriers/" + carrier + "/permit", "permitValidTo", "2020-01-01"))
			.hasStatus(403);
		assertThat(post("hohhot-leader", "/waste/carriers/" + carrier + "/permit", "permitValidTo", "2020-01-01"))
			.hasStatus(403);
		assertThat(this.jdbc.sql("SELECT permit_valid_to::text FROM waste.carrier WHERE id = ?")
			.param(carrier)
			.query(String.class)
			.single()).isEqualTo("2030-06-30");
		assertThat(html(user, "/waste/carriers")).doesNotContain("badge text-bg-danger expired");
	}

	@Test
	void correctionsByApiNameTheRefusedFieldAndFollowTheSameRules() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		long enterprise = this.api.expect("admin", "GET", "/api/waste/sites/" + site, null, 200)
			.get("enterpriseId")
			.asLong();
		String user = member(enterprise);
		String stranger = member(enterprise("150105", "别家接口有限公司"));
		var refused = this.api.expect("hohhot-reviewer", "PUT", "/api/waste/enterprises/" + enterprise,
				Map.of("name", "接口更正有限公司", "regionCode", "159999"), 400);
		assertThat(refused.get("field").asString()).isEqualTo("regionCode");
		this.api.expect(user, "PUT", "/api/waste/enterprises/" + enterprise,
				Map.of("name", "接口更正有限公司", "regionCode", "150105"), 403);
		var corrected = this.api.expect("hohhot-reviewer", "PUT", "/api/waste/enterprises/" + enterprise,
				Map.of("name", "接口更正有限公司", "regionCode", "150105"), 200);
		assertThat(corrected.get("name").asString()).isEqualTo("接口更正有限公司");
		assertThat(corrected.get("creditCode").asString()).hasSize(18);

		var site2 = this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/sites",
				Map.of("name", "二号厂区", "regionCode", "150105", "industryCode", "C2614"), 201);
		var duplicate = this.api.expect("admin", "PUT", "/api/waste/sites/" + site + "/registration",
				Map.of("name", "二号厂区", "regionCode", "150105", "industryCode", "C2614"), 409);
		assertThat(duplicate.get("field").asString()).isEqualTo("name");
		assertThat(site2.get("sites")).hasSize(2);

		long facility = this.api
			.expect(user, "POST", "/api/waste/sites/" + site + "/facilities",
					Map.of("code", "CZ-A1", "name", "焚烧线", "kind", "DISPOSAL", "capacityTonnes", 100), 201)
			.get("id")
			.asLong();
		var badKind = this.api.expect(user, "PUT", "/api/waste/facilities/" + facility,
				Map.of("name", "焚烧线", "kind", "BURNING", "capacityTonnes", 100), 400);
		assertThat(badKind.get("field").asString()).isEqualTo("kind");
		this.api.expect(stranger, "PUT", "/api/waste/facilities/" + facility,
				Map.of("name", "焚烧线", "kind", "DISPOSAL", "capacityTonnes", 1), 403);
		var sites = this.api.expect(user, "PUT", "/api/waste/facilities/" + facility,
				Map.of("name", "回转窑焚烧线", "kind", "DISPOSAL", "type", "焚烧", "capacityTonnes", 150), 200);
		assertThat(sites.toString()).contains("回转窑焚烧线");
		assertThat(this.jdbc.sql("SELECT capacity_t FROM waste.facility WHERE id = ?")
			.param(facility)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("150");
		this.api.expect(user, "PUT", "/api/waste/facilities/999999999",
				Map.of("name", "x", "kind", "DISPOSAL", "capacityTonnes", 1), 404);
	}

}
