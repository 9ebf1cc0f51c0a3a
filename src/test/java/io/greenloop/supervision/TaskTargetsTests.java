package io.greenloop.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks linked to the catalogue targets they serve: the links the seed reads from the
 * tasks' own words, an administrator's edit (checked against the catalogue, all or
 * nothing), the filter and the public query for a target's page.
 */
@GreenloopTest
class TaskTargetsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Tasks tasks;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void seedsOnlyTheLinksATasksWordsMakeEvident() {
		Map<String, String> expected = Map.of("003-2.20", "003-L0118", "003-2.24", "003-L0136b", "003-2.25",
				"003-L0136c", "003-4.01", "003-L0158", "003-5.01", "003-L0176a", "003-5.05", "003-L0180c", "003-6.05",
				"003-L0194d", "003-6.06", "003-L0196a");
		expected.forEach((task, target) -> {
			JsonNode links = this.api.expect("hohhot-leader", "GET", "/api/tasks/" + task + "/targets", null, 200);
			assertThat(links.size()).as(task).isEqualTo(1);
			assertThat(links.get(0).get("targetCode").asString()).isEqualTo(target);
			assertThat(links.get(0).get("linkedBy").asString()).isEqualTo("seed");
			String words = links.get(0).get("evidence").asString();
			JsonNode view = this.api.expect("hohhot-leader", "GET", "/api/tasks/" + task, null, 200);
			assertThat(view.get("name").asString() + view.get("content").asString()).contains(words);
		});
		int linked = 0;
		for (JsonNode task : this.api.expect("admin", "GET", "/api/tasks?plan=003", null, 200)) {
			String code = task.get("code").asString();
			if (!code.equals("003-1.01")) {
				linked += this.api.expect("admin", "GET", "/api/tasks/" + code + "/targets", null, 200).size();
			}
		}
		assertThat(linked).as("no 003 task is linked beyond what its words name").isEqualTo(expected.size());
		assertThat(codes(this.api.expect("hohhot-leader", "GET", "/api/tasks?target=003-L0118", null, 200)))
			.containsExactly("003-2.20");
	}

	@Test
	void anAdministratorEditsTheLinksAndTheFilterFollows() {
		this.api.expect("admin", "PUT", "/api/tasks/003-1.01/targets", List.of("003-T38", "003-T01"), 200);
		JsonNode links = this.api.expect("hohhot-leader", "GET", "/api/tasks/003-1.01/targets", null, 200);
		assertThat(links).extracting(link -> link.get("targetCode").asString()).containsExactly("003-T01", "003-T38");
		assertThat(links.get(0).get("linkedBy").asString()).isEqualTo("admin");
		assertThat(codes(this.api.expect("admin", "GET", "/api/tasks?target=003-T38", null, 200)))
			.containsExactly("003-1.01");
		assertThat(this.tasks.servingTarget("003-T38")).singleElement().satisfies(task -> {
			assertThat(task.code()).isEqualTo("003-1.01");
			assertThat(task.name()).isEqualTo("建立“无废城市”建设工作机制");
			assertThat(task.due()).hasToString("2023-12-31");
		});

		JsonNode refused = this.api.expect("admin", "PUT", "/api/tasks/003-1.01/targets", List.of("003-T01", "003-T99"),
				400);
		assertThat(refused.get("field").asString()).isEqualTo("targets[1]");
		assertThat(refused.get("detail").asString()).contains("003-T99");
		this.api.expect("admin", "PUT", "/api/tasks/003-1.01/targets", List.of("003-T01", "003-T01"), 400);
		this.api.expect("hohhot-leader", "PUT", "/api/tasks/003-1.01/targets", List.of(), 403);
		this.api.expect("admin", "PUT", "/api/tasks/003-9.99/targets", List.of(), 404);
		assertThat(this.api.expect("admin", "GET", "/api/tasks/003-1.01/targets", null, 200).size())
			.as("a refused edit writes nothing")
			.isEqualTo(2);
		assertThat(this.tasks.servingTarget("003-T01")).extracting(TargetTaskView::code).containsExactly("003-1.01");
	}

	private static List<String> codes(JsonNode tasks) {
		List<String> codes = new ArrayList<>();
		tasks.forEach(task -> codes.add(task.get("code").asString()));
		return codes;
	}

}
