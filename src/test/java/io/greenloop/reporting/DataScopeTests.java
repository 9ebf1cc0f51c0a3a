package io.greenloop.reporting;

import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API that reads or writes data scoped by region, organisation or role refuses a
 * caller outside the scope with 403, and writes nothing.
 */
@GreenloopTest
class DataScopeTests {

	static final List<String> TABLES = List.of("identity.account", "reporting.submission", "reporting.submission_value",
			"reporting.validation_rule", "reporting.period", "reporting.form", "reporting.approved_value",
			"reporting.assignment");

	@Autowired
	JdbcClient jdbc;

	Api api;

	@Autowired
	void api(MockMvcTester mvc) {
		this.api = new Api(mvc);
	}

	@Test
	void outsidersAreRefusedAndNothingIsWritten() {
		String before = fingerprint();
		String ordos = "ordos-reporter";
		this.api.expect(ordos, "GET", "/api/values?region=150100", null, 403);
		this.api.expect(ordos, "GET", "/api/values/history?item=003-T14&region=150100&period=2025Q4", null, 403);
		this.api.expect(ordos, "GET", "/api/submissions?region=150100", null, 403);
		this.api.expect(ordos, "GET", "/api/accounts", null, 403);
		this.api.expect(ordos, "GET", "/api/audit", null, 403);
		this.api
			.expect(ordos, "PUT", "/api/rules/PERCENT_RANGE",
					Map.of("code", "PERCENT_RANGE", "name", "x", "kind", "COMPARISON", "left", "value", "operator",
							"LE", "right", "1000", "importance", "WARNING", "onMissing", "SKIP", "enabled", false),
					403);
		this.api.expect(ordos, "DELETE", "/api/rules/PERCENT_RANGE", null, 403);
		this.api.expect(ordos, "PUT", "/api/periods/2025Q1", Map.of("opensOn", "2025-01-01", "closesOn", "2030-01-01"),
				403);
		this.api.expect(ordos, "PUT", "/api/forms/003", Map.of("cadence", "YEAR", "acceptLevels", List.of()), 403);
		this.api.expect(this.api.upload(ordos, "/api/values/import", "values.xlsx", new byte[] { 1, 2, 3 }), 403);
		this.api.expect("hohhot-leader", "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4"), 403);
		this.api.expect("hohhot-reviewer", "POST", "/api/submissions", Map.of("form", "003", "period", "2025Q4"), 403);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void anonymousCallersAreAskedToLogIn() {
		for (String uri : List.of("/api/submissions", "/api/values", "/api/periods", "/api/rules", "/api/accounts",
				"/api/audit")) {
			assertThat(this.api.call("nobody", "GET", uri, null)).as(uri).hasStatus(401);
		}
	}

	private String fingerprint() {
		StringBuilder all = new StringBuilder();
		for (String table : TABLES) {
			all.append(this.jdbc
				.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
						+ table + " t")
				.query(String.class)
				.single()).append(';');
		}
		return all.toString();
	}

}
