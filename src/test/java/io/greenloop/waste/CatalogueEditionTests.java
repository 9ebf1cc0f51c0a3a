package io.greenloop.waste;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.greenloop.waste.LedgerFixture.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Editions of the 名录: the 2025 edition is known in law but not loaded, so codes of 2025
 * dates are checked against 2021 and say so; an administrator loads a test edition
 * (src/test/resources/waste/edition-test-470.tsv: the 2021 table less three rows, one
 * description reworded, six invented rows) which is chosen by date at once and compared
 * with 2021; bad files and a 2025 table without 470 wastes are refused whole. Every
 * loaded edition is removed after each test, so other tests see only 2021.
 */
@GreenloopTest
class CatalogueEditionTests {

	static final String TEST_EDITION = "src/test/resources/waste/edition-test-470.tsv";

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

	static byte[] testEdition() throws IOException {
		return new ClassPathResource("waste/edition-test-470.tsv").getContentAsByteArray();
	}

	static byte[] edition2021() throws IOException {
		return new ClassPathResource("waste/hw-catalogue-2021.tsv").getContentAsByteArray();
	}

	MvcTestResult load(String user, String name, String inForceFrom, String fileName, byte[] content) {
		var request = this.mvc.post()
			.uri("/api/waste/catalogue/editions")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("name", name)
			.with(httpBasic(user, "admin".equals(user) ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD));
		if (inForceFrom != null) {
			request.param("inForceFrom", inForceFrom);
		}
		return request.exchange();
	}

	MvcTestResult loadWithExemptions(String name, String inForceFrom, byte[] table, String exemptionsName,
			byte[] exemptions) {
		return this.mvc.post()
			.uri("/api/waste/catalogue/editions")
			.multipart()
			.file(new MockMultipartFile("file", "edition-test-470.tsv", "text/plain", table))
			.file(new MockMultipartFile("exemptions", exemptionsName, "text/plain", exemptions))
			.param("name", name)
			.param("inForceFrom", inForceFrom)
			.with(httpBasic("admin", Api.ADMIN_PASSWORD))
			.exchange();
	}

	@Test
	void loadsTheExemptionListWithTheTableOrNeitherWhenItIsBad() throws Exception {
		byte[] exemptions = new ClassPathResource("waste/hw-exemptions-2021.tsv").getContentAsByteArray();
		String bad = "entry\tcode_or_category\twaste\tstage\tcondition\texemption\n"
				+ "x\tHW01\t医疗废物\t收集\t条件\t不按危险废物管理\n1\tHW01\t医疗废物\t\t条件\t不按危险废物管理\n";
		JsonNode refused = this.api.expect(loadWithExemptions("EX-2099", "2099-01-01", testEdition(), "bad.tsv",
				bad.getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(refused.get("file").asString()).isEqualTo("bad.tsv");
		assertThat(
				refused.get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("column").asString()))
			.containsExactly("2 entry", "3 stage");
		assertThat(storedEntries()).as("the table is not loaded without its exemption list").isZero();

		JsonNode loaded = this.api.expect(
				loadWithExemptions("EX-2099", "2099-01-01", testEdition(), "hw-exemptions-2021.tsv", exemptions), 201);
		assertThat(loaded.get("exemptionRows").asInt()).isEqualTo(57);
		assertThat(this.catalogue.edition("EX-2099").orElseThrow().exemptions()).hasSize(57);
		assertThat(this.jdbc.sql("SELECT exemptions_sha256 FROM waste.catalogue_edition WHERE name = 'EX-2099'")
			.query(String.class)
			.single()).isEqualTo(CatalogueEditions.sha256(exemptions));
	}

	long storedEntries() {
		return this.jdbc.sql("SELECT count(*) FROM waste.catalogue_edition_entry").query(Long.class).single();
	}

	@Test
	void the2025EditionIsKnownInLawButNotLoadedSoCodesAreCheckedAgainst2021() {
		JsonNode editions = this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue/editions", null, 200);
		assertThat(editions).hasSize(2);
		assertThat(editions.get(0).get("name").asString()).isEqualTo("2021");
		assertThat(editions.get(0).get("loaded").asBoolean()).isTrue();
		assertThat(editions.get(0).get("builtIn").asBoolean()).isTrue();
		assertThat(editions.get(0).get("wastes").asInt()).isEqualTo(467);
		assertThat(editions.get(1).get("name").asString()).isEqualTo("2025");
		assertThat(editions.get(1).get("inForceFrom").asString()).isEqualTo("2025-01-01");
		assertThat(editions.get(1).get("loaded").asBoolean()).isFalse();
		assertThat(editions.get(1).get("wastes").asInt()).isEqualTo(470);
		assertThat(editions.get(1).get("knownChanges").asString()).contains("锡冶炼").contains("第六条第二款");
		assertThat(editions.get(1).get("source").asString()).contains("REFERENCE.md §5");

		JsonNode today = this.api.expect("hohhot-reporter", "GET",
				"/api/waste/catalogue/editions/in-force?day=2025-11-20", null, 200);
		assertThat(today.get("legalEdition").asString()).isEqualTo("2025");
		assertThat(today.get("checkedAgainst").asString()).isEqualTo("2021");
		assertThat(today.get("loaded").asBoolean()).isFalse();
		assertThat(today.get("note").asString())
			.isEqualTo("the 2021 edition, because the 2025 edition, in force since 2025-01-01, is not loaded");
		JsonNode before = this.api.expect("hohhot-reporter", "GET",
				"/api/waste/catalogue/editions/in-force?day=2024-12-31", null, 200);
		assertThat(before.get("legalEdition").asString()).isEqualTo("2021");
		assertThat(before.get("loaded").asBoolean()).isTrue();
		assertThat(this.catalogue.inForceOn(LocalDate.of(2025, 11, 20)).orElseThrow().name()).isEqualTo("2021");
	}

	@Test
	void anAdministratorLoadsAnEditionThatIsChosenByDateAtOnceAndComparedWith2021() throws Exception {
		byte[] file = testEdition();
		JsonNode loaded = this.api.expect(load("admin", "TEST-2099", "2099-01-01", "edition-test-470.tsv", file), 201);
		assertThat(loaded.get("wastes").asInt()).isEqualTo(470);
		assertThat(loaded.get("fileSha256").asString()).isEqualTo(CatalogueEditions.sha256(file));
		assertThat(loaded.get("loadedBy").asString()).isEqualTo("admin");
		assertThat(storedEntries()).isEqualTo(470);

		assertThat(this.catalogue.entryOn("900-901-49", LocalDate.of(2099, 6, 1))).isPresent();
		assertThat(this.catalogue.entryOn("900-901-49", LocalDate.of(2098, 12, 31))).isEmpty();
		assertThat(this.catalogue.entryOn("841-005-01", LocalDate.of(2099, 6, 1))).as("removed").isEmpty();
		JsonNode later = this.api.expect("hohhot-reporter", "GET",
				"/api/waste/catalogue/editions/in-force?day=2099-06-01", null, 200);
		assertThat(later.get("checkedAgainst").asString()).isEqualTo("TEST-2099");
		assertThat(later.get("loaded").asBoolean()).isTrue();
		JsonNode now = this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue", null, 200);
		assertThat(now.get("edition").asString()).as("the edition in force today stays 2021").isEqualTo("2021");

		JsonNode changes = this.api.expect("hohhot-reporter", "GET",
				"/api/waste/catalogue/changes?from=2021&to=TEST-2099", null, 200);
		assertThat(changes.get("added").valueStream().map(w -> w.get("code").asString())).containsExactlyInAnyOrder(
				"321-901-48", "321-902-48", "321-903-48", "321-904-48", "900-901-49", "900-902-49");
		assertThat(changes.get("removed").valueStream().map(w -> w.get("code").asString()))
			.containsExactlyInAnyOrder("841-005-01", "900-013-11", "251-001-08");
		assertThat(changes.get("changed")).hasSize(1);
		assertThat(changes.get("changed").get(0).get("code").asString()).isEqualTo("841-004-01");
		assertThat(changes.get("changed").get(0).get("fields").toString()).isEqualTo("[\"description\"]");

		JsonNode again = this.api.expect(load("admin", "TEST-2099", "2099-01-01", "edition-test-470.tsv", file), 409);
		assertThat(again.get("field").asString()).isEqualTo("name");
		this.api.expect(load("hohhot-reviewer", "TEST-2100", "2100-01-01", "edition-test-470.tsv", file), 403);
		this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue/changes?from=2021&to=2030", null, 400);
	}

	@Test
	void aLoaded2025EditionIsUsedForRecordsOf2025AndRemovingItGoesBackTo2021() throws Exception {
		LedgerFixture fixture = new LedgerFixture(this.jdbc, "150105");
		String ledger = "/api/waste/sites/" + fixture.siteId + "/ledger";
		this.api.expect(load("admin", "2025", null, "edition-2025-test.tsv", testEdition()), 201);
		JsonNode current = this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue", null, 200);
		assertThat(current.get("edition").asString()).isEqualTo("2025");
		assertThat(current.get("count").asInt()).isEqualTo(470);
		JsonNode refused = this.api.expect("hohhot-reviewer", "POST", ledger, List.of(record("stage", "GENERATED",
				"batchCode", "E1", "occurredAt", "2025-11-03", "wasteCode", "841-005-01", "quantityT", 1)), 400);
		assertThat(refused.get("errors").get(0).get("reason").asString()).isEqualTo(
				"841-005-01 is not a waste of the 国家危险废物名录 in force on 2025-11-03 (checked against the 2025 edition)");
		this.api.expect("hohhot-reviewer", "POST", ledger, List.of(record("stage", "GENERATED", "batchCode", "E1",
				"occurredAt", "2024-11-03", "wasteCode", "841-005-01", "quantityT", 1)), 201);

		JsonNode licence = this.api.expect("admin", "POST", "/api/waste/licences", licence(fixture, "900-901-49"), 201);
		assertThat(licence.get("catalogueEdition").asString()).isEqualTo("2025");
		JsonNode unlisted = this.api.expect("admin", "POST", "/api/waste/licences", licence(fixture, "841-005-01"),
				400);
		assertThat(unlisted.get("detail").asString()).isEqualTo("Waste code 841-005-01 is not listed in the 国家危险废物名录 "
				+ "in force on 2025-03-01 (checked against the 2025 edition)");

		this.api.expect("admin", "DELETE", "/api/waste/catalogue/editions/2025", null, 204);
		JsonNode before = this.api.expect("admin", "POST", "/api/waste/licences", licence(fixture, "900-901-49"), 400);
		assertThat(before.get("detail").asString()).endsWith("(checked against the 2021 edition, because the 2025 "
				+ "edition, in force since 2025-01-01, is not loaded)");
		assertThat(storedEntries()).isZero();
		assertThat(this.api.expect("hohhot-reporter", "GET", "/api/waste/catalogue", null, 200).get("count").asInt())
			.isEqualTo(467);
		this.api.expect("hohhot-reviewer", "POST", ledger, List.of(record("stage", "GENERATED", "batchCode", "E2",
				"occurredAt", "2025-11-03", "wasteCode", "841-005-01", "quantityT", 1)), 201);
	}

	static java.util.Map<String, Object> licence(LedgerFixture fixture, String code) {
		return java.util.Map.of("enterpriseId", fixture.enterpriseId, "number",
				"版本测试" + WasteRegistryApiTests.SERIAL.incrementAndGet(), "validFrom", "2025-03-01", "validTo",
				"2029-02-28", "wasteCodes", List.of(code), "activities", List.of("DISPOSAL"), "annualCapacityTonnes",
				100);
	}

	@Test
	void refusesA2025TableThatHasNot470WastesAndA2025DateOtherThanTheLaws() throws Exception {
		JsonNode refused = this.api.expect(load("admin", "2025", null, "hw-catalogue-2021.tsv", edition2021()), 400);
		assertThat(refused.get("field").asString()).isEqualTo("file");
		assertThat(refused.get("detail").asString()).contains("lists 470 wastes").contains("has 467");
		JsonNode date = this.api.expect(load("admin", "2025", "2025-02-01", "edition-test-470.tsv", testEdition()),
				400);
		assertThat(date.get("field").asString()).isEqualTo("inForceFrom");
		JsonNode builtIn = this.api.expect(load("admin", "2021", null, "hw-catalogue-2021.tsv", edition2021()), 409);
		assertThat(builtIn.get("field").asString()).isEqualTo("name");
		assertThat(storedEntries()).isZero();
		assertThat(this.catalogue.editions()).hasSize(1);
	}

	@Test
	void refusesEveryBadRowNamingRowAndColumnAndLoadsNothing() {
		String csv = """
				code,industry_source,description,hazard,category
				900-041-49,非特定行业,含有或沾染毒性、感染性危险废物的废弃的包装物、容器、过滤吸附介质,T/In,HW49
				900-41-49,非特定行业,格式错误,T,HW49
				900-001-42,非特定行业,不存在的类别,T,HW42
				900-249-08,非特定行业,类别不符,T,HW09
				900-039-49,非特定行业,危险特性错误,X,
				900-047-49,非特定行业,,T,
				900-041-49,非特定行业,重复,T,
				251-002-08,非特定行业,行业来源不符,T,
				""";
		JsonNode refused = this.api
			.expect(load("admin", "BAD-2099", "2099-01-01", "bad.csv", csv.getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(refused.get("file").asString()).isEqualTo("bad.csv");
		assertThat(refused.get("errors")
			.valueStream()
			.map(e -> e.get("row").asInt() + " " + e.get("column").asString())
			.toList()).containsExactly("3 code", "4 code", "4 category", "5 category", "6 hazard", "7 description",
					"8 code", "9 industry_source");
		assertThat(refused.get("errors").get(1).get("reason").asString()).contains("HW42").contains("does not exist");
		assertThat(refused.get("errors").get(6).get("reason").asString()).contains("listed twice (first in row 2)");
		assertThat(storedEntries()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.catalogue_edition").query(Long.class).single()).isZero();
		JsonNode header = this.api.expect(load("admin", "BAD-2099", "2099-01-01", "bad.csv",
				"code,description\n900-041-49,x\n".getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(header.get("errors").valueStream().map(e -> e.get("column").asString()))
			.containsExactly("industry_source", "hazard");
	}

	@Test
	void readsAnXlsxWorkbookLikeTheTsv() throws Exception {
		byte[] xlsx;
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			String[][] rows = { { "废物代码", "行业来源", "危险废物", "危险特性" }, { "900-041-49", "非特定行业", "包装物", "T/In" },
					{ "900-039-49", "非特定行业", "危险特性错误", "T/Q" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		JsonNode refused = this.api.expect(load("admin", "XLSX-2099", "2099-01-01", "edition.xlsx", xlsx), 400);
		assertThat(refused.get("errors")).hasSize(1);
		assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("hazard");
		assertThat(refused.get("errors").get(0).get("reason").asString()).contains("'Q'");
		assertThat(storedEntries()).isZero();
	}

}
