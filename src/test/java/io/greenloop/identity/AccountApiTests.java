package io.greenloop.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Administrators manage accounts; everyone else is refused; every change is audited. */
@GreenloopTest
class AccountApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@Autowired
	void api(MockMvcTester mvc) {
		this.api = new Api(mvc);
	}

	long hohhotBureau() {
		return this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'").query(Long.class).single();
	}

	@Test
	void anAdministratorCreatesAnAccountThatCanThenLogIn() {
		JsonNode created = this.api.expect("admin", "POST", "/api/accounts",
				Map.of("username", "hohhot-statistician", "displayName", "统计员", "password", "statistics-1",
						"organisationId", hohhotBureau(), "roles", List.of("REPORTER"), "enabled", true),
				201);
		assertThat(created.get("regionCode").asString()).isEqualTo("150100");
		assertThat(created.has("passwordHash")).isFalse();
		this.api.expect(this.api.call("hohhot-statistician", "GET", "/api/submissions", null), 401);
		assertThat(this.mvc.get()
			.uri("/api/submissions")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("hohhot-statistician", "statistics-1"))
			.exchange()).hasStatusOk();

		long id = created.get("id").asLong();
		this.api.expect("admin", "PUT", "/api/accounts/" + id, Map.of("displayName", "统计员", "organisationId",
				hohhotBureau(), "roles", List.of("REPORTER", "LEADER"), "enabled", false), 200);
		assertThat(this.mvc.get()
			.uri("/api/submissions")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("hohhot-statistician", "statistics-1"))
			.exchange()).hasStatus(401);
		JsonNode audit = this.api.expect("admin", "GET", "/api/audit?actor=admin&action=ACCOUNT", null, 200);
		assertThat(audit.toString()).contains("account hohhot-statistician", "disabled");
	}

	@Test
	void refusesBadAccountsFieldByField() {
		long bureau = hohhotBureau();
		assertThat(
				this.api
					.expect("admin", "POST", "/api/accounts",
							Map.of("username", "X!", "displayName", "x", "password", "long-enough", "organisationId",
									bureau, "roles", List.of("REPORTER"), "enabled", true),
							400)
					.get("field")
					.asString())
			.isEqualTo("username");
		assertThat(this.api
			.expect("admin", "POST", "/api/accounts",
					Map.of("username", "short-password", "displayName", "x", "password", "short", "organisationId",
							bureau, "roles", List.of("REPORTER"), "enabled", true),
					400)
			.get("field")
			.asString()).isEqualTo("password");
		assertThat(this.api
			.expect("admin", "POST", "/api/accounts",
					Map.of("username", "no-roles", "displayName", "x", "password", "long-enough", "organisationId",
							bureau, "roles", List.of(), "enabled", true),
					400)
			.get("field")
			.asString()).isEqualTo("roles");
		assertThat(this.api
			.expect("admin", "POST", "/api/accounts",
					Map.of("username", "no-organisation", "displayName", "x", "password", "long-enough",
							"organisationId", 999999, "roles", List.of("LEADER"), "enabled", true),
					400)
			.get("field")
			.asString()).isEqualTo("organisationId");
		assertThat(this.api
			.expect("admin", "POST", "/api/accounts",
					Map.of("username", "hohhot-reporter", "displayName", "x", "password", "long-enough",
							"organisationId", bureau, "roles", List.of("LEADER"), "enabled", true),
					409)
			.get("field")
			.asString()).isEqualTo("username");
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM identity.account WHERE username IN ('short-password', 'no-roles', 'no-organisation')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void nobodyButAnAdministratorTouchesAccounts() {
		long before = this.jdbc.sql("SELECT count(*) FROM identity.account").query(Long.class).single();
		for (String user : List.of("hohhot-reporter", "hohhot-reviewer", "hohhot-leader", "region-reviewer")) {
			this.api.expect(user, "GET", "/api/accounts", null, 403);
			this.api.expect(user, "POST", "/api/accounts",
					Map.of("username", "intruder", "displayName", "x", "password", "long-enough", "organisationId",
							hohhotBureau(), "roles", List.of("ADMIN"), "enabled", true),
					403);
			this.api.expect(user, "POST", "/api/accounts/1/password", Map.of("password", "taken-over"), 403);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM identity.account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAccountIsEnabledUnlessToldOtherwiseAndAnUpdateWithoutEnabledKeepsIt() {
		Map<String, Object> account = new HashMap<>(Map.of("username", "no-enabled-flag", "displayName", "统计员",
				"password", "statistics-2", "organisationId", hohhotBureau(), "roles", List.of("REPORTER")));
		JsonNode created = this.api.expect("admin", "POST", "/api/accounts", account, 201);
		assertThat(created.get("enabled").asBoolean()).isTrue();
		assertThat(basic("no-enabled-flag", "statistics-2")).isEqualTo(200);

		long id = created.get("id").asLong();
		Map<String, Object> change = new HashMap<>(
				Map.of("displayName", "统计员（二）", "organisationId", hohhotBureau(), "roles", List.of("REPORTER")));
		assertThat(this.api.expect("admin", "PUT", "/api/accounts/" + id, change, 200).get("enabled").asBoolean())
			.isTrue();
		change.put("enabled", false);
		this.api.expect("admin", "PUT", "/api/accounts/" + id, change, 200);
		change.remove("enabled");
		assertThat(this.api.expect("admin", "PUT", "/api/accounts/" + id, change, 200).get("enabled").asBoolean())
			.isFalse();
		assertThat(basic("no-enabled-flag", "statistics-2")).isEqualTo(401);
	}

	@Test
	void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
		List<Long> otherAdministrators = this.jdbc.sql("""
				SELECT a.id FROM identity.account a JOIN identity.account_role r ON r.account_id = a.id
				WHERE r.role = 'ADMIN' AND a.enabled AND a.username <> 'admin'
				""").query(Long.class).list();
		setEnabled(otherAdministrators, false);
		try {
			JsonNode admin = this.api.expect("admin", "GET", "/api/accounts", null, 200)
				.valueStream()
				.filter(account -> account.get("username").asString().equals("admin"))
				.findFirst()
				.orElseThrow();
			String uri = "/api/accounts/" + admin.get("id").asLong();
			Map<String, Object> change = new HashMap<>(Map.of("displayName", admin.get("displayName").asString(),
					"organisationId", admin.get("organisationId").asLong(), "roles", List.of("LEADER")));
			JsonNode demoted = this.api.expect("admin", "PUT", uri, change, 409);
			assertThat(demoted.get("field").asString()).isEqualTo("roles");
			assertThat(demoted.get("detail").asString()).contains("last enabled administrator");
			change.put("roles", List.of("ADMIN"));
			change.put("enabled", false);
			assertThat(this.api.expect("admin", "PUT", uri, change, 409).get("field").asString()).isEqualTo("enabled");
			change.put("roles", List.of("ADMIN", "LEADER"));
			change.remove("enabled");
			this.api.expect("admin", "PUT", uri, change, 200);
			change.put("roles", List.of("ADMIN"));
			this.api.expect("admin", "PUT", uri, change, 200);
			assertThat(basic("admin", Api.ADMIN_PASSWORD)).isEqualTo(200);

			JsonNode second = this.api.expect(
					"admin", "POST", "/api/accounts", Map.of("username", "second-admin", "displayName", "第二管理员",
							"password", "second-admin-1", "organisationId", hohhotBureau(), "roles", List.of("ADMIN")),
					201);
			this.api.expect("admin", "PUT", "/api/accounts/" + second.get("id").asLong(), Map.of("displayName", "第二管理员",
					"organisationId", hohhotBureau(), "roles", List.of("LEADER"), "enabled", false), 200);
		}
		finally {
			setEnabled(otherAdministrators, true);
		}
	}

	@Test
	void everyPageOfAnUnknownAccountIsNotFound() {
		String unknown = "/admin/accounts/99999999";
		assertThat(page(this.mvc.get().uri(unknown))).hasStatus(404);
		assertThat(page(this.mvc.post()
			.uri(unknown)
			.param("displayName", "x")
			.param("organisationId", Long.toString(hohhotBureau()))
			.param("roles", "LEADER"))).hasStatus(404);
		assertThat(page(this.mvc.post().uri(unknown + "/password").param("password", "long-enough-1"))).hasStatus(404);
		assertThat(page(this.mvc.post().uri(unknown + "/password").param("password", "short"))).hasStatus(404);
	}

	private MvcTestResult page(MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(httpBasic("admin", Api.ADMIN_PASSWORD)).accept(MediaType.TEXT_HTML).exchange();
	}

	private int basic(String username, String password) {
		return this.mvc.get()
			.uri("/api/submissions")
			.with(httpBasic(username, password))
			.exchange()
			.getResponse()
			.getStatus();
	}

	private void setEnabled(List<Long> ids, boolean enabled) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("UPDATE identity.account SET enabled = :enabled WHERE id IN (:ids)")
				.param("enabled", enabled)
				.param("ids", ids)
				.update();
		}
	}

}
