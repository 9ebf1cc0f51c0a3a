package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue and registry pages in both languages, within the caller's scope. */
@GreenloopTest
class WastePageTests {

	static final Pattern ROW = Pattern.compile("<tr data-code=\"(\\d{3}-\\d{3}-\\d{2})\"");

	@Autowired
	MockMvcTester mvc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	@Test
	void searchesTheCatalogueByCategoryCodeAndName() throws Exception {
		String all = html(this.api.page("hohhot-reporter", "/waste/catalogue"));
		assertThat(ROW.matcher(all).results().count()).isEqualTo(467);
		assertThat(all).contains("2021 年版，自 2021-01-01 起施行，共 467 种危险废物", "危险废物豁免管理清单", "气化渣",
				"href=\"/waste/catalogue\"");
		String medical = html(this.api.page("hohhot-reporter", "/waste/catalogue?category=HW01"));
		assertThat(ROW.matcher(medical).results().map(m -> m.group(1)).toList()).containsExactly("841-001-01",
				"841-002-01", "841-003-01", "841-004-01", "841-005-01");
		String byName = html(this.api.page("hohhot-reporter", "/waste/catalogue?q=废弃电路板"));
		assertThat(ROW.matcher(byName).results().map(m -> m.group(1)).toList()).containsExactly("900-045-49");
		String english = html(this.api.page("hohhot-reporter", "/waste/catalogue?q=900-041-49&lang=en"));
		assertThat(english).contains("National Catalogue of Hazardous Wastes", "1 found", "Fly ash (粉煤灰)");
		assertThat(this.api.page("hohhot-reporter", "/waste/catalogue?category=HW43")).hasStatus(400);
	}

	@Test
	void listsTheEnterprisesOfTheScopeWithSitesAndLicences() throws Exception {
		String code = WasteRegistryApiTests.creditCode("150100");
		long id = this.api
			.expect("admin", "POST", "/api/waste/enterprises",
					Map.of("creditCode", code, "name", "页面测试处置有限公司", "regionCode", "150100"), 201)
			.get("id")
			.asLong();
		this.api.expect("admin", "POST", "/api/waste/enterprises/" + id + "/sites",
				Map.of("name", "托清厂区", "regionCode", "150122", "industryCode", "N7724"), 201);
		this.api.expect("admin", "POST", "/api/waste/licences",
				Map.of("enterpriseId", id, "number", "PAGE-" + id, "validFrom", "2022-01-01", "validTo", "2026-12-31",
						"wasteCodes", List.of("900-041-49"), "activities", List.of("STORAGE", "DISPOSAL"),
						"annualCapacityTonnes", 12000),
				201);
		assertThat(html(this.api.page("hohhot-leader", "/waste/enterprises"))).contains("页面测试处置有限公司", code);
		assertThat(html(this.api.page("ordos-leader", "/waste/enterprises"))).doesNotContain("页面测试处置有限公司");
		String one = html(this.api.page("hohhot-leader", "/waste/enterprises/" + id));
		assertThat(one).contains("托清厂区", "N7724", "PAGE-" + id, "12,000", "贮存", "处置", "900-041-49");
		assertThat(html(this.api.page("hohhot-leader", "/waste/enterprises/" + id + "?lang=en")))
			.contains("Hazardous waste operating licences", "Storage");
		assertThat(this.api.page("ordos-leader", "/waste/enterprises/" + id)).hasStatus(403);
		assertThat(this.api.page("ordos-leader", "/waste/enterprises/999999")).hasStatus(404);
	}

	static String html(MvcTestResult result) throws Exception {
		assertThat(result).hasStatus(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
