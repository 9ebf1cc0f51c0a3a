package io.greenloop.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import io.greenloop.GreenloopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demonstration accounts and values exist only in the demo profile: production has the
 * administrator and nobody else, and a database that once ran the demo has its
 * demonstration accounts disabled, and its demonstration values removed everywhere, when
 * it starts in production.
 */
class ProfileTests {

	@TempDir
	Path dataDir;

	@Test
	void productionHasNoDemonstrationAccounts() {
		try (ConfigurableApplicationContext production = production()) {
			JdbcClient jdbc = production.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT username FROM identity.account").query(String.class).list())
				.containsExactly("admin");
			assertThat(jdbc.sql("SELECT count(*) FROM reporting.assignment WHERE source = 'DEMO'")
				.query(Long.class)
				.single()).isZero();
		}
	}

	@Test
	void productionDisablesTheDemonstrationAccountsOfADatabaseThatRanTheDemo() throws Exception {
		try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(GreenloopApplication.class)
			.run(arguments())) {
			assertThat(status(demo, "hohhot-reporter", "demo1234")).isEqualTo(200);
			assertThat(demonstrationData(demo.getBean(JdbcClient.class))).allSatisfy(count -> assertThat(count)
				.as("demonstration values, their history, evaluation's copies and results")
				.isPositive());
		}
		try (ConfigurableApplicationContext production = production()) {
			assertThat(status(production, "hohhot-reporter", "demo1234")).isEqualTo(401);
			assertThat(status(production, "region-reviewer", "demo1234")).isEqualTo(401);
			assertThat(status(production, "admin", "production-secret")).isEqualTo(200);
			JdbcClient jdbc = production.getBean(JdbcClient.class);
			assertThat(
					jdbc.sql("SELECT count(*) FROM identity.account WHERE demo AND enabled").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM identity.account WHERE demo").query(Long.class).single())
				.isPositive();
			assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE detail LIKE 'disabled: demonstration%'")
				.query(Long.class)
				.single()).isPositive();
			assertThat(demonstrationData(jdbc)).as("no demonstration value is left anywhere")
				.containsExactly(0L, 0L, 0L, 0L);
		}
	}

	/**
	 * How many demonstration values there are (source DEMO), in reporting, its history,
	 * evaluation's copies, and evaluation results resting on one.
	 */
	private static List<Long> demonstrationData(JdbcClient jdbc) {
		return List
			.of("SELECT count(*) FROM reporting.approved_value WHERE source = 'DEMO'",
					"SELECT count(*) FROM reporting.approved_value_history WHERE source = 'DEMO'",
					"SELECT count(*) FROM evaluation.observation WHERE source = 'DEMO'",
					"SELECT count(*) FROM evaluation.result WHERE value_source LIKE 'DEMO %'")
			.stream()
			.map(sql -> jdbc.sql(sql).query(Long.class).single())
			.toList();
	}

	private ConfigurableApplicationContext production() {
		return new SpringApplicationBuilder(GreenloopApplication.class).profiles("prod").run(arguments());
	}

	private String[] arguments() {
		return new String[] { "--server.port=0", "--greenloop.database.data-dir=" + this.dataDir.resolve("pgdata"),
				"--greenloop.admin.password=production-secret" };
	}

	/** The status of an API call over HTTP with Basic credentials. */
	private static int status(ConfigurableApplicationContext application, String username, String password)
			throws IOException, InterruptedException {
		String port = application.getEnvironment().getProperty("local.server.port");
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules"))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
