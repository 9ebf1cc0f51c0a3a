package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Filing a plan in the browser: the form, a line added with htmx, errors, the filed
 * version.
 */
@GreenloopTest
class WastePlanPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	MvcTestResult post(long site, Map<String, String> fields) {
		var request = this.mvc.post()
			.uri("/waste/sites/" + site + "/plans")
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML);
		fields.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	static String html(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void filesAPlanFromTheFormAndShowsIt() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		String page = html(this.api.page("admin", "/waste/sites/" + site + "/plans"));
		assertThat(page).contains("备案管理计划", "尚未备案管理计划", "name=\"lines[0].wasteCode\"", "添加一行",
				"hx-get=\"/waste/sites/" + site + "/plans/line\"");
		String row = html(this.api.page("admin", "/waste/sites/" + site + "/plans/line?index=3"));
		assertThat(row).contains("name=\"lines[3].wasteCode\"", "name=\"lines[3].receiverLicenceId\"")
			.doesNotContain("<html");

		MvcTestResult bad = post(site, Map.of("year", "2026", "lines[0].wasteCode", "900-999-08", "lines[0].wasteName",
				"废矿物油", "lines[0].generationT", "3"));
		assertThat(bad).hasStatus(400);
		assertThat(html(bad)).contains("lines[0].wasteCode", "Line 1: waste code 900-999-08 is not listed",
				"value=\"900-999-08\"");
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.management_plan WHERE site_id = :s")
			.param("s", site)
			.query(Integer.class)
			.single()).isZero();

		MvcTestResult filed = post(site,
				Map.of("year", "2026", "lines[0].wasteCode", "900-249-08", "lines[0].wasteName", "废矿物油",
						"lines[0].generationT", "3", "lines[1].wasteCode", "", "lines[2].wasteCode", "900-041-49",
						"lines[2].wasteName", "废包装桶", "lines[2].generationT", "0.5"));
		assertThat(filed).hasStatus3xxRedirection();
		String location = filed.getResponse().getRedirectedUrl();
		assertThat(location).matches("/waste/plans/\\d+");
		String plan = html(this.api.page("hohhot-leader", location));
		assertThat(plan).contains("2026 年管理计划（第 1 版）", "GL1501052026", "900-249-08", "废包装桶", "登记管理单位");
		String list = html(this.api.page("hohhot-leader", "/waste/sites/" + site + "/plans?lang=en"));
		assertThat(list).contains("Hazardous waste management plans", "current", "Registration management");
	}

}
