package io.greenloop.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is described at /v3/api-docs, browsable in Swagger UI, and copied into
 * docs/api/openapi.json.
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

}
