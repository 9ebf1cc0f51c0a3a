package io.greenloop;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Calls the APIs as a given account with HTTP Basic, as API clients do: the demonstration
 * accounts (password demo1234) and the administrator (password from the tests'
 * configuration).
 */
public final class Api {

	public static final String DEMO_PASSWORD = "demo1234";

	public static final String ADMIN_PASSWORD = "admin-test-1";

	private final MockMvcTester mvc;

	private final ObjectMapper json = JsonMapper.builder().build();

	public Api(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult call(String user, String method, String uri, Object body) {
		var request = switch (method) {
			case "GET" -> this.mvc.get().uri(uri);
			case "POST" -> this.mvc.post().uri(uri);
			case "PUT" -> this.mvc.put().uri(uri);
			case "DELETE" -> this.mvc.delete().uri(uri);
			default -> throw new IllegalArgumentException(method);
		};
		request.with(httpBasic(user, password(user))).accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		}
		return request.exchange();
	}

	/** A page, as the user's browser asks for it. */
	public MvcTestResult page(String user, String uri) {
		return this.mvc.get().uri(uri).with(httpBasic(user, password(user))).accept(MediaType.TEXT_HTML).exchange();
	}

	public MvcTestResult upload(String user, String uri, String fileName, byte[] content) {
		return this.mvc.post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic(user, password(user)))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	/** The answer's JSON, after checking its status. */
	public JsonNode expect(MvcTestResult result, int status) {
		try {
			assertThat(result).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).hasStatus(status);
			String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return content.isEmpty() || !content.startsWith("{") && !content.startsWith("[") ? this.json.nullNode()
					: this.json.readTree(content);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode expect(String user, String method, String uri, Object body, int status) {
		return expect(call(user, method, uri, body), status);
	}

	private static String password(String user) {
		return "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
	}

}
