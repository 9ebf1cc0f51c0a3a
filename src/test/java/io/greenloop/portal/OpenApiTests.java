package io.greenloop.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is described at /v3/api-docs, browsable in Swagger UI, and copied into
 * docs/api/openapi.json; the description says how each operation answers, errors
 * included, and what it says is what the API does.
 */
@GreenloopTest
class OpenApiTests {

	@Autowired
	MockMvcTester mvc;

	/**
	 * Fails if docs/api/openapi.json differed from the running API (after rewriting it:
	 * commit the new one).
	 */
	@Test
	void describesEveryApiAndTheCopyInDocsIsUpToDate() throws Exception {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/regions", "/api/regions/{code}", "/api/organisations", "/api/plans", "/api/indicators",
					"/api/indicators/{code}", "/api/concepts/{code}");
		ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		JsonNode document = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Path file = Path.of("docs/api/openapi.json");
		String committed = Files.exists(file) ? Files.readString(file) : "";
		String current = json.writeValueAsString(document) + "\n";
		Files.createDirectories(file.getParent());
		Files.writeString(file, current);
		assertThat(current).as("docs/api/openapi.json was regenerated; commit it").isEqualTo(committed);
	}

	@Test
	void servesSwaggerUi() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
	}

	@Test
	void everyApiOperationDocumentsOneSuccessAndItsErrorsAsProblemDetails() {
		JsonNode document = document();
		assertThat(document.at("/components/schemas/ProblemDetail/properties").propertyNames()).contains("type",
				"title", "status", "detail", "instance");
		operations(document).forEach((name, operation) -> {
			JsonNode responses = operation.get("responses");
			assertThat(responses.propertyNames().stream().filter(code -> code.startsWith("2"))).as(name).hasSize(1);
			responses.properties().stream().filter(response -> response.getKey().startsWith("4")).forEach(error -> {
				assertThat(error.getValue().at("/content").propertyNames()).as(name + " " + error.getKey())
					.containsExactly("application/problem+json");
				assertThat(error.getValue().at("/content/application~1problem+json/schema/$ref").asString())
					.as(name + " " + error.getKey())
					.isEqualTo("#/components/schemas/ProblemDetail");
			});
			if (operation.has("security")) {
				assertThat(responses.has("401")).as(name).isTrue();
				if (!name.startsWith("GET ")) {
					assertThat(responses.has("403")).as(name).isTrue();
				}
			}
		});
	}

	@Test
	void documentsTheStatusEachOperationAnswers() {
		JsonNode document = document();
		assertThat(codes(document, "POST /api/submissions")).contains("201", "400", "401", "403", "404", "409")
			.doesNotContain("200");
		assertThat(codes(document, "POST /api/accounts")).contains("201", "400", "401", "403", "409")
			.doesNotContain("200");
		assertThat(codes(document, "DELETE /api/rules/{code}")).contains("204", "401", "403", "404")
			.doesNotContain("200");
		assertThat(codes(document, "POST /api/submissions/{id}/attachments"))
			.contains("201", "403", "404", "409", "422")
			.doesNotContain("200");
		assertThat(codes(document, "DELETE /api/attachments/{attachmentId}")).contains("204", "403", "404", "409")
			.doesNotContain("200");
		assertThat(codes(document, "POST /api/accounts/{id}/password")).contains("204", "404").doesNotContain("200");
		assertThat(codes(document, "GET /api/submissions/{id}")).containsExactly("200", "400", "401", "403", "404");
		assertThat(codes(document, "PUT /api/submissions/{id}/values")).contains("403", "404", "409", "422");
		assertThat(codes(document, "PUT /api/accounts/{id}")).contains("400", "403", "404", "409");
		assertThat(codes(document, "GET /api/accounts")).containsExactly("200", "401", "403");
		// an enterprise's staff (ENTERPRISE alone) may use only the waste APIs
		assertThat(codes(document, "GET /api/rules")).containsExactly("200", "401", "403");
		assertThat(codes(document, "GET /api/plans")).containsExactly("200");
		assertThat(codes(document, "GET /api/indicators/{code}")).containsExactly("200", "404");
		assertThat(document.at("/paths/~1api~1rules~1{code}/get/responses/200/content/*~1*/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Rule");
		assertThat(document.at("/paths/~1api~1plans/get").has("security")).isFalse();
		assertThat(document.at("/paths/~1api~1rules/get/security/0").has("basicAuth")).isTrue();
		assertThat(document.at("/components/schemas/CreateAccount/properties/enabled/default").asBoolean()).isTrue();
	}

	@Test
	void documentsTheApiPathsButNotThePageDownloads() {
		JsonNode paths = document().get("paths");
		assertThat(paths.propertyNames()).contains("/api/submissions/{id}/template", "/api/imports/{attempt}/annotated")
			.allMatch(path -> path.startsWith("/api/"), "every path is under /api/");
		assertThat(paths.at("/~1api~1submissions~1{id}~1template/get/responses/200/content").propertyNames())
			.containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	/**
	 * A few real answers, each documented for its operation and answered as a problem.
	 */
	@Test
	void theDocumentedErrorsAreTheAnswers() {
		JsonNode document = document();
		Api api = new Api(this.mvc);
		answers(document, "GET /api/rules",
				this.mvc.get().uri("/api/rules").accept(MediaType.APPLICATION_JSON).exchange(), 401);
		answers(document, "GET /api/regions/{code}",
				this.mvc.get().uri("/api/regions/15x").accept(MediaType.APPLICATION_JSON).exchange(), 400);
		answers(document, "GET /api/accounts", api.call("hohhot-reporter", "GET", "/api/accounts", null), 403);
		answers(document, "DELETE /api/rules/{code}", api.call("admin", "DELETE", "/api/rules/NO_SUCH_RULE", null),
				404);
		answers(document, "GET /api/imports/{attempt}/annotated",
				api.call("admin", "GET", "/api/imports/" + UUID.randomUUID() + "/annotated", null), 404);
		answers(document, "POST /api/accounts/{id}/password",
				api.call("admin", "POST", "/api/accounts/99999999/password", Map.of("password", "long-enough-1")), 404);
		answers(document, "PUT /api/periods/{code}", api.call("admin", "PUT", "/api/periods/NO_SUCH_PERIOD",
				Map.of("opensOn", "2025-01-01", "closesOn", "2025-01-31")), 404);
		answers(document, "POST /api/submissions", api.call("hohhot-reporter", "POST", "/api/submissions",
				Map.of("form", "NO_SUCH_FORM", "period", "2025Q3")), 404);
		answers(document, "POST /api/submissions", api.call("hohhot-reviewer", "POST", "/api/submissions",
				Map.of("form", "NO_SUCH_FORM", "period", "2025Q3")), 403);
	}

	private void answers(JsonNode document, String operation, MvcTestResult result, int status) {
		assertThat(result).as(operation).hasStatus(status);
		assertThat(result.getResponse().getContentType()).as(operation).startsWith("application/problem+json");
		assertThat(codes(document, operation)).as(operation).contains(Integer.toString(status));
	}

	private JsonNode document() {
		var result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
	}

	/** Every operation, by method and path, as "GET /api/rules". */
	private static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.get("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(operation -> operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						operation.getValue())));
		return operations;
	}

	private static List<String> codes(JsonNode document, String operation) {
		JsonNode found = operations(document).get(operation);
		assertThat(found).as(operation).isNotNull();
		return List.copyOf(found.get("responses").propertyNames());
	}

}
