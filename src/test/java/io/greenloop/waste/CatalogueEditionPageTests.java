package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The catalogue page's editions: it says the 2025 edition is in force but not loaded and
 * what is known of it, offers administrators the upload, shows a refused file's row
 * errors and a loaded edition's changes; the ledger page warns when records of 2025 were
 * checked against 2021.
 */
@GreenloopTest
class CatalogueEditionPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WasteCatalogue catalogue;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
	}

	@AfterEach
	void removeLoadedEditions() {
		this.jdbc.sql("DELETE FROM waste.catalogue_edition").update();
		this.catalogue.refresh();
	}

	String page(String user, String uri) throws Exception {
		MvcTestResult result = this.api.page(user, uri);
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	MvcTestResult upload(String name, String inForceFrom, String fileName, byte[] content) {
		return this.mvc.post()
			.uri("/waste/catalogue/editions")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "text/plain", content))
			.param("name", name)
			.param("inForceFrom", inForceFrom)
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.with(csrf())
			.exchange();
	}

	@Test
	void thePageSaysThe2025EditionIsNotLoadedAndOffersAdministratorsTheUpload() throws Exception {
		String admin = page("admin", "/waste/catalogue");
		assertThat(admin).contains("id=\"edition-not-loaded\"")
			.contains("2025 年版名录自 2025-01-01 起施行，但尚未导入本平台")
			.contains("data-edition=\"2025\"")
			.contains("锡冶炼")
			.contains("id=\"edition-upload\"")
			.doesNotContain("id=\"changes\"");
		assertThat(page("hohhot-reporter", "/waste/catalogue")).contains("id=\"edition-not-loaded\"")
			.doesNotContain("id=\"edition-upload\"");
	}

	@Test
	void aRefusedUploadShowsItsRowErrorsAndALoadedOneItsChanges() throws Exception {
		String bad = "code\tindustry_source\tdescription\thazard\n900-041-49\t非特定行业\t包装物\tT/In\n"
				+ "900-001-42\t非特定行业\t不存在\tT\n";
		MvcTestResult refused = upload("PAGE-2099", "2099-01-01", "bad.tsv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused).hasStatusOk();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"edition-errors\"")
			.contains("第 3 行 code")
			.contains("HW42");
		assertThat(this.catalogue.editions()).hasSize(1);

		MvcTestResult loaded = upload("PAGE-2099", "2099-01-01", "edition-test-470.tsv",
				CatalogueEditionTests.testEdition());
		assertThat(loaded).hasStatus3xxRedirection().hasRedirectedUrl("/waste/catalogue?loaded=PAGE-2099");
		String page = page("admin", "/waste/catalogue?loaded=PAGE-2099");
		assertThat(page).contains("id=\"edition-loaded\"")
			.contains("id=\"changes\"")
			.contains("2021 版 → PAGE-2099 版：新增 6 种，删除 3 种，修改 1 种")
			.contains("data-added=\"900-901-49\"")
			.contains("data-removed=\"841-005-01\"")
			.contains("data-changed=\"841-004-01\"");
	}

	@Test
	void theLedgerPageWarnsWhenRecordsOf2025WereCheckedAgainst2021() throws Exception {
		LedgerFixture fixture = new LedgerFixture(this.jdbc, "150105");
		String ledger = "/waste/sites/" + fixture.siteId + "/ledger";
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + fixture.siteId + "/ledger",
				List.of(record("stage", "GENERATED", "batchCode", "N1", "occurredAt", "2024-12-30", "wasteCode",
						"900-041-49", "quantityT", 1)),
				201);
		assertThat(page("hohhot-reviewer", ledger)).contains(">N1<").doesNotContain("id=\"ledger-edition-notice\"");
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + fixture.siteId + "/ledger",
				List.of(record("stage", "GENERATED", "batchCode", "N2", "occurredAt", "2025-01-02", "wasteCode",
						"900-041-49", "quantityT", 1)),
				201);
		assertThat(page("hohhot-reviewer", ledger)).contains("id=\"ledger-edition-notice\"")
			.contains("本页中 2025-01-01 及以后的记录，危险废物代码按 2021 年版名录核对");
	}

}
