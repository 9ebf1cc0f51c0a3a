package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
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
 * The ledger pages: a stage's form records through the rules and shows each refusal by
 * field; the list filters by stage, code and month; a bad upload shows its rows' errors
 * and records nothing; readers without write rights get no forms.
 */
@GreenloopTest
class LedgerPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	LedgerFixture fixture;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.fixture = new LedgerFixture(this.jdbc, "150105");
	}

	String page(String user, String uri) throws Exception {
		MvcTestResult result = this.api.page(user, uri);
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	MvcTestResult submit(String... fields) {
		var request = this.mvc.post()
			.uri("/waste/sites/" + this.fixture.siteId + "/ledger")
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void aStagesFormRecordsThroughTheRulesAndShowsRefusalsByField() throws Exception {
		String base = "/waste/sites/" + this.fixture.siteId + "/ledger";
		String form = page("hohhot-reviewer", base + "/new?stage=OFF_SITE");
		assertThat(form).contains("id=\"receiverLicenceNumber\"")
			.contains("6.3.5")
			.doesNotContain("id=\"facilityCode\"");
		assertThat(page("hohhot-reviewer", base + "/new?stage=STORED_IN")).contains("<option value=\"S1\">S1</option>")
			.doesNotContain("<option value=\"P1\">");

		MvcTestResult refused = submit("stage", "GENERATED", "batchCode", "G1", "occurredAt", "2025-11-03T08:00",
				"wasteCode", "900-998-49", "quantityT", "-1", "handler", "王五", "facilityCode", "P1");
		assertThat(refused).hasStatusOk();
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("id=\"ledger-form-errors\"")
			.contains("900-998-49 is not a waste of the 国家危险废物名录 in force on 2025-11-03")
			.contains("The quantity must be above zero")
			.contains("value=\"G1\"");
		assertThat(this.fixture.count(this.fixture.siteId)).isZero();

		MvcTestResult saved = submit("stage", "GENERATED", "batchCode", "G1", "occurredAt", "2025-11-03T08:00",
				"wasteCode", "900-249-08", "quantityT", "1.5", "handler", "王五", "facilityCode", "P1");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(this.fixture.count(this.fixture.siteId)).isEqualTo(1);
		this.api.expect("hohhot-reviewer", "POST", "/api/waste/sites/" + this.fixture.siteId + "/ledger",
				List.of(record("stage", "GENERATED", "batchCode", "G2", "occurredAt", "2025-10-03", "wasteCode",
						"900-041-49", "quantityT", 2)),
				201);
		String november = page("hohhot-leader", base + "?month=2025-11");
		assertThat(november).contains(">G1<").doesNotContain(">G2<").doesNotContain("id=\"ledger-upload\"");
		assertThat(page("hohhot-leader", base + "?code=900-041-49")).contains(">G2<").doesNotContain(">G1<");
		assertThat(page("hohhot-leader", base + "?stage=STORED_IN")).contains("id=\"ledger-none\"");
		assertThat(page("hohhot-leader", "/waste/ledger/batch/G2")).contains("id=\"batch-records\"")
			.contains("data-id=")
			.contains(">900-041-49<");
		assertThat(page("ordos-leader", "/waste/ledger/batch/G2")).as("outside the scope")
			.contains("id=\"batch-none\"");
		assertThat(this.api.page("hohhot-leader", base + "/new?stage=GENERATED")).hasStatus(403);
		assertThat(this.api.page("ordos-leader", base)).hasStatus(403);
	}

	@Test
	void aBadUploadShowsEveryRowErrorAndRecordsNothing() throws Exception {
		String csv = "stage,batchCode,occurredAt,wasteCode,quantityT,handler,sourceBatchCode\n"
				+ "产生,G1,2025-11-03,900-041-49,5,李四,\n" + "出库,O1,2025-11-04,900-041-49,1,李四,G1\n"
				+ "产生,G2,2025-13-01,900-041-49,1,李四,\n";
		MvcTestResult result = this.mvc.post()
			.uri("/waste/sites/" + this.fixture.siteId + "/ledger/upload")
			.multipart()
			.file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("hohhot-reviewer", Api.DEMO_PASSWORD))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("id=\"ledger-sheet-errors\"")
			.contains("No STORED_IN batch G1 at this site")
			.contains("&#39;2025-13-01&#39; is not a date");
		assertThat(this.fixture.count(this.fixture.siteId)).isZero();
	}

}
