package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** Generating and confirming a declaration in the browser. */
@GreenloopTest
class WasteDeclarationPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.mvc);
	}

	MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post()
			.uri(uri)
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	String html(String user, String uri) throws Exception {
		return this.api.page(user, uri).getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void generatesAYearsDeclarationAndConfirmsIt() throws Exception {
		long site = WasteClassApiTests.site(this.api);
		WasteClassApiTests.generated(this.jdbc, site, "2024-04-01T09:00:00+08:00", "2.5", "900-249-08");
		assertThat(html("hohhot-leader", "/waste/sites/" + site + "/declarations")).contains("尚无申报");
		assertThat(post("/waste/sites/" + site + "/declarations", "year", "2024")).hasStatus3xxRedirection();
		String list = html("hohhot-leader", "/waste/sites/" + site + "/declarations");
		assertThat(list).contains("data-period=\"2024\"", "年报", "2025-03-31", "已逾期", "待确认");
		Matcher link = Pattern.compile("/waste/declarations/(\\d+)").matcher(list);
		assertThat(link.find()).isTrue();
		String uri = link.group();
		assertThat(html("hohhot-reviewer", uri)).contains("900-249-08", "2.5", "确认申报", "登记管理单位");
		assertThat(post(uri + "/confirm")).hasStatus3xxRedirection();
		String confirmed = html("hohhot-leader", uri + "?lang=en");
		assertThat(confirmed).contains("Confirmed", "confirmed late", "hohhot-reviewer")
			.doesNotContain("id=\"confirm\"");
		assertThat(post(uri + "/confirm")).hasStatus(400);
	}

}
