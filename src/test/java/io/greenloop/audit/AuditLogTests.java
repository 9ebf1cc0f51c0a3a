package io.greenloop.audit;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Logins and failed logins are recorded, and no entry can be changed or deleted, not even
 * in SQL.
 */
@GreenloopTest
class AuditLogTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsLoginsAndFailedLogins() {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "hohhot-leader")
			.param("password", Api.DEMO_PASSWORD)
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "hohhot-leader")
			.param("password", "wrong")
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		String entries = new Api(this.mvc).expect("admin", "GET", "/api/audit?actor=hohhot-leader", null, 200)
			.toString();
		assertThat(entries).contains("\"LOGIN\"", "\"LOGIN_FAILED\"");
	}

	@Test
	void isAppendOnly() {
		this.jdbc
			.sql("INSERT INTO audit.entry (at, actor, action, subject) VALUES (now(), 'test', 'TEST', 'append-only')")
			.update();
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.sql("UPDATE audit.entry SET detail = 'changed' WHERE subject = 'append-only'").update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit.entry WHERE subject = 'append-only'").update());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit.entry WHERE subject = 'append-only'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
