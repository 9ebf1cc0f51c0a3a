package io.greenloop.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors no controller handles still answer properly: a page for a browser, a problem
 * detail for the rest.
 */
@GreenloopTest
class ErrorAnswersTests {

	@LocalServerPort
	int port;

	/** A demonstration account (the tests run in the default, demo profile). */
	static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("hohhot-leader:demo1234".getBytes(StandardCharsets.UTF_8));

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownApiPathIsAProblem() throws Exception {
		HttpResponse<String> response = get("/api/no-such-thing", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/api/no-such-thing\"");
	}

	@Test
	void aWrongMethodIsAProblem() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/plans"))
				.header("Accept", "application/json")
				.header("Authorization", BASIC)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anUnknownPageIsAPageInTheUsersLanguage() throws Exception {
		HttpResponse<String> response = get("/no-such-page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到该页面或记录", "绿循");
		assertThat(get("/no-such-page?lang=en", "text/html").body()).contains("No such page or record");
		assertThat(response.body()).contains("href=\"/no-such-page?lang=en\"").doesNotContain("/error?");
	}

	@Test
	void anAnonymousApiCallIsAskedToLogInWithAProblem() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/submissions"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.header("Authorization", BASIC)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
