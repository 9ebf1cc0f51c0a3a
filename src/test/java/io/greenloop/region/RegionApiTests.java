package io.greenloop.region;

import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@GreenloopTest
class RegionApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void answersTheWholeHierarchyAsOneTree() {
		var tree = assertThat(this.mvc.get().uri("/api/regions")).hasStatusOk().bodyJson();
		tree.extractingPath("$.length()").isEqualTo(1);
		tree.extractingPath("$[0].code").isEqualTo("150000");
		tree.extractingPath("$[0].children.length()").isEqualTo(12);
		tree.extractingPath("$[0].children[*].children[*].code").asArray().hasSize(103);
		tree.extractingPath("$[0].children[*].children[?(@.kind == 'BANNER')]").asArray().hasSize(49);
		tree.extractingPath("$[0].children[*].children[?(@.kind == 'AUTONOMOUS_BANNER')]").asArray().hasSize(3);
		tree.extractingPath("$[0].children[*].children[?(@.kind == 'DISTRICT')]").asArray().hasSize(23);
		tree.extractingPath("$[0].children[*].children[?(@.kind == 'COUNTY_CITY')]").asArray().hasSize(11);
		tree.extractingPath("$[0].children[*].children[?(@.kind == 'COUNTY')]").asArray().hasSize(17);
		tree.extractingPath("$[0].children[?(@.kind == 'LEAGUE')].name")
			.asArray()
			.containsExactlyInAnyOrder("兴安盟", "锡林郭勒盟", "阿拉善盟");
	}

	@Test
	void answersTheChildrenOfOneRegion() {
		var children = assertThat(this.mvc.get().uri("/api/regions?parent=150100")).hasStatusOk().bodyJson();
		children.extractingPath("$[*].name")
			.asArray()
			.containsExactly("新城区", "回民区", "玉泉区", "赛罕区", "土默特左旗", "托克托县", "和林格尔县", "清水河县", "武川县");
		children.extractingPath("$[0].parentCode").isEqualTo("150100");
	}

	@Test
	void answersOneRegionWithItsPath() {
		var region = assertThat(this.mvc.get().uri("/api/regions/150602")).hasStatusOk().bodyJson();
		region.extractingPath("$.region.name").isEqualTo("东胜区");
		region.extractingPath("$.path[*].code").asArray().containsExactly("150000", "150600", "150602");
	}

	@Test
	void keepsFunctionalAreasAsOrganisationsNotRegions() {
		assertThat(this.mvc.get().uri("/api/regions/150172")).hasStatus(404);
		var zones = assertThat(this.mvc.get().uri("/api/organisations?region=150100&kind=DEVELOPMENT_ZONE"))
			.hasStatusOk()
			.bodyJson();
		zones.extractingPath("$[?(@.statsCode == '150172')].name").asArray().containsExactly("呼和浩特经济技术开发区");
		assertThat(this.mvc.get().uri("/api/organisations?region=150100&kind=NEW_AREA")).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.contains("和林格尔新区");
	}

	@Test
	void listsTheDepartmentsThePlansName() {
		var departments = assertThat(this.mvc.get().uri("/api/organisations?region=150100&kind=DEPARTMENT&text=生态环境"))
			.hasStatusOk()
			.bodyJson();
		departments.extractingPath("$[*].name").asArray().containsExactly("呼和浩特市生态环境局");
		departments.extractingPath("$[0].shortName").isEqualTo("市生态环境局");
	}

	@Test
	void answersAnUnknownRegionAsAProblem() {
		assertThat(this.mvc.get().uri("/api/regions/159999")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No region has the code 159999");
	}

	@Test
	void answersAMalformedCodeAsABadRequest() {
		assertThat(this.mvc.get().uri("/api/regions?parent=15x")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("six digits");
		assertThat(this.mvc.get().uri("/api/organisations?kind=MINISTRY")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
