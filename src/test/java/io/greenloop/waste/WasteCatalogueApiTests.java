package io.greenloop.waste;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue as the running application serves it. */
@GreenloopTest
class WasteCatalogueApiTests {

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void servesThe467WastesOfThe2021Edition() {
		JsonNode all = this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue", null, 200);
		assertThat(all.get("edition").asString()).isEqualTo("2021");
		assertThat(all.get("inForceFrom").asString()).isEqualTo("2021-01-01");
		assertThat(all.get("count").asInt()).isEqualTo(467);
		assertThat(all.get("wastes")).hasSize(467);
		JsonNode categories = this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue/categories", null, 200);
		assertThat(categories).hasSize(46);
		assertThat(categories.valueStream().mapToLong(c -> c.get("wastes").asLong()).sum()).isEqualTo(467);
		assertThat(categories.valueStream().map(c -> c.get("code").asString())).doesNotContain("HW41", "HW42", "HW43",
				"HW44");
	}

	@Test
	void narrowsByCategoryAndText() {
		JsonNode medical = this.api.expect("admin", "GET", "/api/waste/catalogue?category=HW01", null, 200);
		assertThat(medical.get("wastes").valueStream().map(w -> w.get("code").asString())).containsExactly("841-001-01",
				"841-002-01", "841-003-01", "841-004-01", "841-005-01");
		JsonNode one = this.api.expect("admin", "GET", "/api/waste/catalogue?q=900-041-49", null, 200);
		assertThat(one.get("count").asInt()).isEqualTo(1);
		JsonNode packaging = one.get("wastes").get(0);
		assertThat(packaging.get("category").asString()).isEqualTo("HW49");
		assertThat(packaging.get("hazards").toString()).isEqualTo("[\"T\",\"In\"]");
		JsonNode oil = this.api.expect("admin", "GET", "/api/waste/catalogue?category=hw08&q=废矿物油", null, 200);
		assertThat(oil.get("count").asInt()).isGreaterThan(10);
		oil.get("wastes").forEach(w -> assertThat(w.get("category").asString()).isEqualTo("HW08"));
		JsonNode none = this.api.expect("admin", "GET", "/api/waste/catalogue?category=HW42", null, 400);
		assertThat(none.get("field").asString()).isEqualTo("category");
	}

	@Test
	void servesTheExemptionListAndTheStreams() {
		JsonNode exemptions = this.api.expect("admin", "GET", "/api/waste/catalogue/exemptions", null, 200);
		assertThat(exemptions.valueStream().map(e -> e.get("entry").asInt()).distinct().count()).isEqualTo(32);
		JsonNode streams = this.api.expect("admin", "GET", "/api/waste/streams", null, 200);
		assertThat(streams.valueStream().map(s -> s.get("nameZh").asString())).contains("粉煤灰", "煤矸石", "炉渣", "脱硫石膏",
				"冶炼废渣", "尾矿", "气化渣", "建筑垃圾", "生活垃圾", "医疗废物");
		this.api.expect(this.mvc.get().uri("/api/waste/catalogue").exchange(), 401);
	}

}
