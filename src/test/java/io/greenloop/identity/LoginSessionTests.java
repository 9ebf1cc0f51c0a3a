package io.greenloop.identity;

import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A login session follows its account: an account an administrator disables is logged out
 * on its next request, and a change of roles applies to the next request, without logging
 * in again.
 */
@GreenloopTest
class LoginSessionTests {

	static final String PASSWORD = "session-test-1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long bureau;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.bureau = this.jdbc.sql("SELECT id FROM region.organisation WHERE name = '呼和浩特市生态环境局'")
			.query(Long.class)
			.single();
	}

	@Test
	void aDisabledAccountIsLoggedOutOfItsOpenSessions() {
		long id = create("session-disabled", "REPORTER");
		MockHttpSession apiSession = logIn("session-disabled");
		MockHttpSession pageSession = logIn("session-disabled");
		assertThat(api(apiSession, "/api/rules")).hasStatusOk();
		assertThat(page(pageSession, "/reporting")).hasStatusOk();

		change(id, List.of("REPORTER"), false);

		assertThat(api(apiSession, "/api/rules")).hasStatus(401);
		assertThat(apiSession.isInvalid()).isTrue();
		MvcTestResult page = page(pageSession, "/reporting");
		assertThat(page).hasStatus(302);
		assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(pageSession.isInvalid()).isTrue();
	}

	@Test
	void aSessionHasTheRolesItsAccountHasNow() {
		long id = create("session-roles", "ADMIN");
		MockHttpSession session = logIn("session-roles");
		assertThat(api(session, "/api/accounts")).hasStatusOk();
		assertThat(page(session, "/admin")).hasStatusOk();

		change(id, List.of("LEADER"), true);
		assertThat(api(session, "/api/accounts")).hasStatus(403);
		assertThat(page(session, "/admin")).hasStatus(403);
		assertThat(api(session, "/api/rules")).as("still logged in").hasStatusOk();

		change(id, List.of("LEADER", "ADMIN"), true);
		assertThat(api(session, "/api/accounts")).hasStatusOk();
		change(id, List.of("LEADER"), false);
	}

	private long create(String username, String role) {
		return this.api
			.expect("admin", "POST", "/api/accounts", Map.of("username", username, "displayName", "会话测试", "password",
					PASSWORD, "organisationId", this.bureau, "roles", List.of(role), "enabled", true), 201)
			.get("id")
			.asLong();
	}

	private void change(long id, List<String> roles, boolean enabled) {
		this.api.expect("admin", "PUT", "/api/accounts/" + id,
				Map.of("displayName", "会话测试", "organisationId", this.bureau, "roles", roles, "enabled", enabled), 200);
	}

	private MockHttpSession logIn(String username) {
		MvcTestResult result = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD));
		assertThat(result).hasRedirectedUrl("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private MvcTestResult api(MockHttpSession session, String uri) {
		return this.mvc.get().uri(uri).session(session).accept(MediaType.APPLICATION_JSON).exchange();
	}

	private MvcTestResult page(MockHttpSession session, String uri) {
		return this.mvc.get().uri(uri).session(session).accept(MediaType.TEXT_HTML).exchange();
	}

}
