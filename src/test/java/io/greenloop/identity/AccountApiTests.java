package io.greenloop.identity;

import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

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

}
