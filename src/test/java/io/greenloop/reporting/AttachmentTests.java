package io.greenloop.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Files attached to a submission's values through the API: what is uploaded comes back
 * byte for byte under its name; only allowed types, sizes and counts are stored; only the
 * submission's reporter adds and removes files, and only while it may be edited; whoever
 * may see the submission reads them; every refusal stores nothing. Hohhot's 生态环境局 reports
 * the 无废城市 plan for 2021Q3 (a draft) and 2021Q4 (submitted here), quarters only the
 * attachment tests use, and open only while each test runs. Each test attaches to items
 * of its own.
 */
@GreenloopTest
class AttachmentTests {

	static final String DRAFT = "2021Q3";

	static final String SUBMITTED = "2021Q4";

	static final String REPORTER = "hohhot-reporter";

	static final byte[] PDF = "%PDF-1.7\n% 证明材料\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	List<Map<String, Object>> windows;

	long id;

	List<String> items;

	@BeforeEach
	void openQuartersAndStartTheDraft() {
		this.api = new Api(this.mvc);
		this.windows = openQuarters(this.jdbc, DRAFT, SUBMITTED);
		JsonNode draft = this.api.expect(REPORTER, "POST", "/api/submissions", Map.of("form", "003", "period", DRAFT),
				201);
		this.id = draft.get("id").asLong();
		this.items = new ArrayList<>();
		draft.get("lines").forEach(line -> this.items.add(line.get("item").get("code").asString()));
		assertThat(this.items).hasSizeGreaterThan(8);
	}

	@AfterEach
	void restoreWindows() {
		restore(this.jdbc, this.windows);
	}

	@Test
	void anUploadedFileComesBackUnderItsNameAndIsKeptInTheHistoryAndTheAuditLog() {
		String item = this.items.get(0);
		String name = "证明材料 第三季度.pdf";
		JsonNode uploaded = this.api.expect(upload(REPORTER, this.id, item, name, PDF), 201);
		long attachment = uploaded.get("id").asLong();
		assertThat(uploaded.get("itemCode").asString()).isEqualTo(item);
		assertThat(uploaded.get("fileName").asString()).isEqualTo(name);
		assertThat(uploaded.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(uploaded.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(uploaded.get("uploadedBy").asString()).isEqualTo(REPORTER);
		assertThat(uploaded.get("uploadedAt").asString()).isNotBlank();

		JsonNode listed = this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/attachments", null, 200);
		assertThat(listed.toString()).contains("\"id\":" + attachment, name);
		JsonNode line = line(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id, null, 200), item);
		assertThat(line.get("attachments").get(0).get("fileName").asString()).isEqualTo(name);

		MvcTestResult download = download(REPORTER, attachment);
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		ContentDisposition disposition = ContentDisposition
			.parse(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo(name);

		this.api.expect(REPORTER, "DELETE", "/api/attachments/" + attachment, null, 204);
		assertThat(
				this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/attachments", null, 200).toString())
			.doesNotContain(name);
		assertThat(download(REPORTER, attachment)).hasStatus(404);
		this.api.expect(REPORTER, "DELETE", "/api/attachments/" + attachment, null, 404);

		JsonNode changes = this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/history", null, 200)
			.get("changes");
		assertThat(changes.toString()).contains("\"newValue\":\"附件 " + name + "\"", "\"oldValue\":\"附件 " + name + "\"");
		assertThat(this.api.expect("admin", "GET", "/api/audit?action=SUBMISSION_ATTACH", null, 200).toString())
			.contains(item + ": " + name);
		assertThat(this.api.expect("admin", "GET", "/api/audit?action=SUBMISSION_DETACH", null, 200).toString())
			.contains(item + ": " + name);
	}

	@Test
	void everyAllowedTypeIsAcceptedWhenItsContentMatchesItsName() {
		String item = this.items.get(1);
		Map<String, byte[]> files = Map.of("photo.JPG", JPEG, "scan.png", PNG, "table.xlsx", zip("xl/workbook.xml"),
				"letter.docx", zip("word/document.xml"));
		for (var file : files.entrySet()) {
			this.api.expect(upload(REPORTER, this.id, item, file.getKey(), file.getValue()), 201);
		}
		assertThat(this.api.expect(REPORTER, "GET", "/api/submissions/" + this.id + "/attachments", null, 200))
			.filteredOn(attachment -> attachment.get("itemCode").asString().equals(item))
			.extracting(attachment -> attachment.get("contentType").asString())
			.containsExactlyInAnyOrder("image/jpeg", "image/png",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void aFileOfAnotherTypeOrWhoseContentIsNotWhatItsNameSaysIsRefused() {
		String item = this.items.get(2);
		Map<String, byte[]> refused = Map.of("notes.txt", "plain text".getBytes(StandardCharsets.UTF_8), "setup.exe",
				new byte[] { 'M', 'Z', 0, 0 }, "no-extension", PDF, "photo.pdf", PNG, "renamed.xlsx",
				zip("word/document.xml"), "archive.docx", zip("readme.txt"), "broken.xlsx",
				new byte[] { 'P', 'K', 3, 4, 1, 2 }, "empty.pdf", new byte[0]);
		for (var file : refused.entrySet()) {
			JsonNode problem = this.api.expect(upload(REPORTER, this.id, item, file.getKey(), file.getValue()), 422);
			assertThat(problem.get("title").asString()).isEqualTo("Attachment refused");
			assertThat(problem.get("detail").asString()).as(file.getKey())
				.contains(file.getKey())
				.containsAnyOf("pdf, jpg/jpeg, png, xlsx, docx", "empty");
		}
		assertThat(stored(this.id, item)).isZero();
	}

	@Test
	void aFileAboveTenMegabytesIsRefusedAndOneOfTenMegabytesIsKept() {
		String item = this.items.get(3);
		byte[] largest = Arrays.copyOf(PDF, 10 * 1024 * 1024);
		byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		JsonNode problem = this.api.expect(upload(REPORTER, this.id, item, "too-large.pdf", tooLarge), 422);
		assertThat(problem.get("detail").asString()).contains("too-large.pdf", "at most 10 MB");
		assertThat(stored(this.id, item)).isZero();
		assertThat(this.api.expect(upload(REPORTER, this.id, item, "largest.pdf", largest), 201).get("size").asLong())
			.isEqualTo(largest.length);
	}

	@Test
	void aValueHoldsAtMostFiveFiles() {
		String item = this.items.get(4);
		for (int i = 1; i <= 5; i++) {
			this.api.expect(upload(REPORTER, this.id, item, "page-" + i + ".png", PNG), 201);
		}
		JsonNode problem = this.api.expect(upload(REPORTER, this.id, item, "page-6.png", PNG), 422);
		assertThat(problem.get("detail").asString()).contains(item, "5 attachments");
		assertThat(stored(this.id, item)).isEqualTo(5);
		this.api.expect(upload(REPORTER, this.id, this.items.get(5), "page-6.png", PNG), 201);
	}

	@Test
	void anItemTheSubmissionDoesNotReportAndUnknownIdsAreRefused() {
		JsonNode problem = this.api.expect(upload(REPORTER, this.id, "999-T99", "proof.pdf", PDF), 422);
		assertThat(problem.get("detail").asString()).contains("999-T99");
		assertThat(stored(this.id, "999-T99")).isZero();
		this.api.expect(upload(REPORTER, 99999999, this.items.get(0), "proof.pdf", PDF), 404);
		this.api.expect(REPORTER, "GET", "/api/submissions/99999999/attachments", null, 404);
		assertThat(download(REPORTER, 99999999)).hasStatus(404);
		this.api.expect(REPORTER, "DELETE", "/api/attachments/99999999", null, 404);
	}

	@Test
	void anAccountOutsideTheScopeNeitherReadsNorWritesAndAReviewerOnlyReads() {
		String item = this.items.get(6);
		long attachment = this.api.expect(upload(REPORTER, this.id, item, "scope.pdf", PDF), 201).get("id").asLong();
		for (String outsider : List.of("ordos-reporter", "ordos-reviewer", "saihan-reporter")) {
			assertThat(
					this.api.expect(upload(outsider, this.id, item, "intruder.pdf", PDF), 403).get("detail").asString())
				.as(outsider)
				.isNotBlank();
			this.api.expect(outsider, "GET", "/api/submissions/" + this.id + "/attachments", null, 403);
			assertThat(download(outsider, attachment)).as(outsider).hasStatus(403);
			this.api.expect(outsider, "DELETE", "/api/attachments/" + attachment, null, 403);
		}
		for (String overseer : List.of("hohhot-reviewer", "hohhot-leader", "region-reviewer")) {
			assertThat(download(overseer, attachment).getResponse().getContentAsByteArray()).as(overseer)
				.isEqualTo(PDF);
			this.api.expect(overseer, "GET", "/api/submissions/" + this.id + "/attachments", null, 200);
			this.api.expect(upload(overseer, this.id, item, "reviewer.pdf", PDF), 403);
			this.api.expect(overseer, "DELETE", "/api/attachments/" + attachment, null, 403);
		}
		assertThat(stored(this.id, item)).isEqualTo(1);
	}

	@Test
	void aSubmittedSubmissionsAttachmentsCanBeReadButNotChanged() {
		JsonNode draft = this.api.expect(REPORTER, "POST", "/api/submissions",
				Map.of("form", "003", "period", SUBMITTED), 201);
		long submitted = draft.get("id").asLong();
		String item = draft.get("lines").get(0).get("item").get("code").asString();
		long attachment = this.api.expect(upload(REPORTER, submitted, item, "before.pdf", PDF), 201).get("id").asLong();
		List<JsonNode> lines = new ArrayList<>();
		draft.get("lines").forEach(lines::add);
		this.api.expect(REPORTER, "PUT", "/api/submissions/" + submitted + "/values",
				Map.of("values", ReportingWorkflowTests.fill(lines, "已完成")), 200);
		this.api.expect(REPORTER, "POST", "/api/submissions/" + submitted + "/submit", null, 200);

		JsonNode problem = this.api.expect(upload(REPORTER, submitted, item, "after.pdf", PDF), 409);
		assertThat(problem.get("detail").asString()).contains("SUBMITTED");
		this.api.expect(REPORTER, "DELETE", "/api/attachments/" + attachment, null, 409);
		assertThat(stored(submitted)).isEqualTo(1);
		assertThat(download("hohhot-reviewer", attachment).getResponse().getContentAsByteArray()).isEqualTo(PDF);
		this.api.expect(upload("hohhot-reviewer", submitted, item, "reviewer.pdf", PDF), 403);
	}

	MvcTestResult upload(String user, long submission, String item, String fileName, byte[] content) {
		return this.api.upload(user, "/api/submissions/" + submission + "/attachments?item=" + item, fileName, content);
	}

	MvcTestResult download(String user, long attachment) {
		return this.mvc.get()
			.uri("/api/attachments/" + attachment)
			.with(httpBasic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD))
			.exchange();
	}

	int stored(long submission) {
		return this.jdbc.sql("SELECT count(*) FROM reporting.attachment WHERE submission_id = :id")
			.param("id", submission)
			.query(Integer.class)
			.single();
	}

	int stored(long submission, String item) {
		return this.jdbc
			.sql("SELECT count(*) FROM reporting.attachment WHERE submission_id = :id AND item_code = :item")
			.param("id", submission)
			.param("item", item)
			.query(Integer.class)
			.single();
	}

	static JsonNode line(JsonNode submission, String item) {
		for (JsonNode line : submission.get("lines")) {
			if (line.get("item").get("code").asString().equals(item)) {
				return line;
			}
		}
		throw new AssertionError("no line " + item);
	}

	/** An Office-like zip: a content-types part and the named part. */
	static byte[] zip(String part) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : List.of("[Content_Types].xml", part)) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Opens quarters until 20 December 2025; answers their windows, to restore. */
	static List<Map<String, Object>> openQuarters(JdbcClient jdbc, String... codes) {
		List<Map<String, Object>> windows = new ArrayList<>();
		for (String code : codes) {
			windows.add(jdbc.sql("SELECT code, opens_on, closes_on FROM reporting.period WHERE code = :code")
				.param("code", code)
				.query()
				.singleRow());
			jdbc.sql("UPDATE reporting.period SET closes_on = DATE '2025-12-20' WHERE code = :code")
				.param("code", code)
				.update();
		}
		return windows;
	}

	static void restore(JdbcClient jdbc, List<Map<String, Object>> windows) {
		for (Map<String, Object> window : windows) {
			jdbc.sql("UPDATE reporting.period SET opens_on = :opens_on, closes_on = :closes_on WHERE code = :code")
				.params(window)
				.update();
		}
	}

}
