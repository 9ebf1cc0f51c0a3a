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
 * An enterprise's member adds a facility and a contact on the enterprise page; readers
 * see no forms.
 */
@GreenloopTest
class WasteRegistryFormTests {

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
			.with(httpBasic(user, Api.DEMO_PASSWORD))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	String html(String user, String uri) throws Exception {
		return this.api.page(user, uri).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aMemberAddsAFacilityAndAContactFromTheEnterprisePage() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		long enterprise = this.api.expect("admin", "GET", "/api/waste/sites/" + site, null, 200)
			.get("enterpriseId")
			.asLong();
		String user = "form-" + WasteRegistryApiTests.SERIAL.incrementAndGet();
		long bureau = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
		this.api.expect(
				"admin", "POST", "/api/accounts", Map.of("username", user, "displayName", "企业", "password",
						Api.DEMO_PASSWORD, "organisationId", bureau, "roles", List.of("ENTERPRISE"), "enabled", true),
				201);
		this.api.expect("admin", "POST", "/api/waste/enterprises/" + enterprise + "/members", Map.of("username", user),
				201);
		assertThat(html(user, "/waste/enterprises/" + enterprise)).contains("id=\"add-contact\"", "add-facility");
		assertThat(html("hohhot-leader", "/waste/enterprises/" + enterprise)).doesNotContain("id=\"add-contact\"",
				"add-facility");

		MvcTestResult added = post(user, "/waste/sites/" + site + "/facilities", "code", "TS-F1", "name", "暂存间", "kind",
				"STORAGE", "capacityTonnes", "12");
		assertThat(added).hasStatus3xxRedirection();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/waste/enterprises/" + enterprise);
		MvcTestResult refused = post(user, "/waste/enterprises/" + enterprise + "/contacts", "role", "LEDGER", "name",
				"钱台账");
		assertThat(refused).hasStatus3xxRedirection();
		assertThat(refused.getMvcResult().getFlashMap().get("registryError")).asString()
			.contains("phone number or an e-mail");
		post(user, "/waste/enterprises/" + enterprise + "/contacts", "siteId", String.valueOf(site), "role", "LEDGER",
				"name", "钱台账", "phone", "0471-7654321");
		assertThat(html("hohhot-leader", "/waste/enterprises/" + enterprise)).contains("TS-F1", "暂存间", "钱台账",
				"0471-7654321");
		assertThat(post("hohhot-leader", "/waste/sites/" + site + "/facilities", "code", "X", "name", "x", "kind",
				"PRODUCTION"))
			.hasStatus(403);
	}

}
