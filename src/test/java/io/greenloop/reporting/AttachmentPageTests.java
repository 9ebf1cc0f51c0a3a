package io.greenloop.reporting;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Attachments on the submission page: each row links its files; while the reporter may
 * edit, each row has its own upload form (outside the values form, as HTML forbids nested
 * forms) and a remove button per file, both with a CSRF token; a reviewer sees the links
 * and nothing to change. Uses the 2021Q3 draft {@link AttachmentTests} uses, on items
 * that class leaves alone.
 */
@GreenloopTest
class AttachmentPageTests {

	static final String REPORTER = AttachmentTests.REPORTER;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	Api api;

	List<Map<String, Object>> windows;

	long id;

	List<String> items;

	@BeforeEach
	void openQuarterAndStartTheDraft() {
		this.api = new Api(this.mvc);
		this.windows = AttachmentTests.openQuarters(this.jdbc, AttachmentTests.DRAFT);
		JsonNode draft = this.api.expect(REPORTER, "POST", "/api/submissions",
				Map.of("form", "003", "period", AttachmentTests.DRAFT), 201);
		this.id = draft.get("id").asLong();
		this.items = new ArrayList<>();
		draft.get("lines").forEach(line -> this.items.add(line.get("item").get("code").asString()));
	}

	@AfterEach
	void restoreWindow() {
		AttachmentTests.restore(this.jdbc, this.windows);
	}

	@Test
	void eachRowLinksItsFilesAndUploadsThroughItsOwnForm() {
		String linked = this.items.get(7);
		long attachment = this.api
			.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/attachments?item=" + linked, "现场照片.png",
					AttachmentTests.PNG), 201)
			.get("id")
			.asLong();
		String page = html(get(REPORTER));
		assertThat(row(page, linked)).contains("href=\"/api/attachments/" + attachment + "\"", "现场照片.png",
				"form=\"detach-" + attachment + "\"", "form=\"attach-" + linked + "\"", "type=\"file\"");
		Matcher values = Pattern.compile("<form[^>]*id=\"values-form\"[^>]*>([\\s\\S]*?)</form>").matcher(page);
		assertThat(values.find()).isTrue();
		assertThat(values.group(1)).as("no form nested in the values form").doesNotContain("<form");
		assertThat(page).containsPattern("<form id=\"attach-" + Pattern.quote(linked)
				+ "\"[^>]*enctype=\"multipart/form-data\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"");

		String item = this.items.get(8);
		assertThat(pageUpload(item, "整改报告.pdf", AttachmentTests.PDF, false)).hasStatus(403);
		assertThat(stored(item)).isZero();
		MvcTestResult uploaded = pageUpload(item, "整改报告.pdf", AttachmentTests.PDF, true);
		assertThat(uploaded).hasRedirectedUrl("/submissions/" + this.id);
		assertThat(follow(uploaded)).contains("id=\"done\"", "已上传附件");
		assertThat(stored(item)).isEqualTo(1);
		assertThat(row(html(get(REPORTER)), item)).contains("整改报告.pdf");

		MvcTestResult refused = pageUpload(item, "整改报告.doc", AttachmentTests.PDF, true);
		assertThat(refused).hasRedirectedUrl("/submissions/" + this.id);
		assertThat(follow(refused)).contains("id=\"refused\"", "pdf, jpg/jpeg, png, xlsx, docx");
		assertThat(stored(item)).isEqualTo(1);

		MvcTestResult removed = this.mvc.post()
			.uri("/submissions/" + this.id + "/attachments/" + attachment + "/delete")
			.with(login(REPORTER))
			.with(csrf())
			.exchange();
		assertThat(removed).hasRedirectedUrl("/submissions/" + this.id);
		String after = follow(removed);
		assertThat(after).contains("已删除附件");
		assertThat(row(after, linked)).doesNotContain("现场照片.png", "/api/attachments/" + attachment);
		assertThat(stored(linked)).isZero();
	}

	@Test
	void aReviewerSeesTheLinksAndNothingToChange() {
		String item = this.items.get(9);
		long attachment = this.api
			.expect(this.api.upload(REPORTER, "/api/submissions/" + this.id + "/attachments?item=" + item, "台账.xlsx",
					AttachmentTests.zip("xl/workbook.xml")), 201)
			.get("id")
			.asLong();
		String page = html(get("hohhot-reviewer"));
		assertThat(row(page, item)).contains("href=\"/api/attachments/" + attachment + "\"", "台账.xlsx");
		assertThat(page).doesNotContain("type=\"file\"", "id=\"attach-", "id=\"detach-");
		MvcTestResult refused = this.mvc.post()
			.uri("/submissions/" + this.id + "/attachments")
			.multipart()
			.file(new MockMultipartFile("file", "审核意见.pdf", "application/pdf", AttachmentTests.PDF))
			.param("item", item)
			.with(login("hohhot-reviewer"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(stored(item)).isEqualTo(1);
	}

	private MvcTestResult pageUpload(String item, String fileName, byte[] content, boolean withToken) {
		var request = this.mvc.post()
			.uri("/submissions/" + this.id + "/attachments")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("item", item)
			.with(login(REPORTER));
		return (withToken ? request.with(csrf()) : request).exchange();
	}

	private MvcTestResult get(String user) {
		return this.mvc.get().uri("/submissions/" + this.id).with(login(user)).accept(MediaType.TEXT_HTML).exchange();
	}

	/** The page a redirect leads to, with the flash attributes it carries. */
	private String follow(MvcTestResult redirect) {
		MvcTestResult page = this.mvc.get()
			.uri(redirect.getResponse().getRedirectedUrl())
			.with(login(REPORTER))
			.flashAttrs(redirect.getMvcResult().getFlashMap())
			.exchange();
		assertThat(page).hasStatusOk();
		return html(page);
	}

	private int stored(String item) {
		return this.jdbc
			.sql("SELECT count(*) FROM reporting.attachment WHERE submission_id = :id AND item_code = :item")
			.param("id", this.id)
			.param("item", item)
			.query(Integer.class)
			.single();
	}

	private RequestPostProcessor login(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The grid row of an item, up to its end. */
	private static String row(String page, String code) {
		Matcher row = Pattern.compile("<tr[^>]*data-code=\"" + Pattern.quote(code) + "\"[\\s\\S]*?</tr>").matcher(page);
		assertThat(row.find()).as("row of " + code).isTrue();
		return row.group();
	}

}
