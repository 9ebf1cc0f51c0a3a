package io.greenloop.waste.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The transcription of the 国家危险废物名录（2021 年版） against the official text
 * ({@code src/test/resources/waste/gjwxfwml2021.txt}, a copy of the text in the shared
 * standards): the same 467 codes, every description word for word, and the rows the
 * reader refuses.
 */
class HazardousWasteListTests {

	static final String HEADER = "code\tindustry_source\tdescription\thazard\n";

	@Test
	void theTranscriptionHasEveryCodeOfTheOfficialTextAndNoOther() throws IOException {
		List<CatalogueEntry> entries = CatalogueReader.entries(resource("/waste/hw-catalogue-2021.tsv"));
		String text = officialText();
		Set<String> inText = new TreeSet<>();
		Matcher codes = Pattern.compile("\\d{3}-\\d{3}-\\d{2}").matcher(text);
		while (codes.find()) {
			inText.add(codes.group());
		}
		Set<String> transcribed = new TreeSet<>();
		entries.forEach(entry -> transcribed.add(entry.code().value()));
		assertThat(entries).hasSize(467);
		assertThat(transcribed).isEqualTo(inText);
		String flat = text.replaceAll("\\s", "");
		for (CatalogueEntry entry : entries) {
			assertThat(flat).as(entry.code().value()).contains(entry.description().replaceAll("\\s", ""));
		}
		Set<HazardCategory> categories = new HashSet<>();
		entries.forEach(entry -> categories.add(entry.category()));
		assertThat(categories).containsExactlyInAnyOrderElementsOf(HazardCategory.all());
	}

	@Test
	void readsTheMedicalWastesWithTheirCharacteristics() throws IOException {
		List<CatalogueEntry> entries = CatalogueReader.entries(resource("/waste/hw-catalogue-2021.tsv"));
		List<CatalogueEntry> medical = entries.stream().filter(entry -> entry.category().number() == 1).toList();
		assertThat(medical).extracting(entry -> entry.code().value())
			.containsExactly("841-001-01", "841-002-01", "841-003-01", "841-004-01", "841-005-01");
		assertThat(medical).extracting(CatalogueEntry::description)
			.containsExactly("感染性废物", "损伤性废物", "病理性废物", "化学性废物", "药物性废物");
		assertThat(medical).allMatch(entry -> entry.industrySource().equals("卫生"));
		assertThat(medical.get(0).hazards()).containsExactly(HazardCharacteristic.In);
		assertThat(medical.get(3).hazards()).containsExactly(HazardCharacteristic.T, HazardCharacteristic.C,
				HazardCharacteristic.I, HazardCharacteristic.R);
		CatalogueEntry packaging = entries.stream()
			.filter(entry -> entry.code().value().equals("900-041-49"))
			.findFirst()
			.orElseThrow();
		assertThat(packaging.description()).isEqualTo("含有或沾染毒性、感染性危险废物的废弃包装物、容器、过滤吸附介质");
		assertThat(packaging.hazards()).containsExactly(HazardCharacteristic.T, HazardCharacteristic.In);
		assertThat(packaging.industrySource()).isEqualTo("非特定行业");
		CatalogueEntry catalyst = entries.stream()
			.filter(entry -> entry.code().value().equals("251-018-50"))
			.findFirst()
			.orElseThrow();
		assertThat(catalyst.industrySource()).as("a merged cell split over rows and a page").isEqualTo("精炼石油产品制造");
	}

	@Test
	void readsTheExemptionListWithItsConditions() throws IOException {
		List<Exemption> exemptions = CatalogueReader.exemptions(resource("/waste/hw-exemptions-2021.tsv"));
		assertThat(exemptions).extracting(Exemption::entry)
			.contains(1, 32)
			.allMatch(entry -> entry >= 1 && entry <= 32);
		assertThat(new TreeSet<>(exemptions.stream().map(Exemption::entry).toList())).hasSize(32);
		Exemption rags = exemptions.stream().filter(row -> row.entry() == 24).findFirst().orElseThrow();
		assertThat(rags.codeOrCategory()).isEqualTo("900-041-49");
		assertThat(rags.stage()).isEqualTo("全部环节");
		assertThat(rags.condition()).isEqualTo("未分类收集。");
		String flat = officialText().replaceAll("\\s", "");
		exemptions.forEach(row -> assertThat(flat).contains(row.condition().replaceAll("\\s", "")));
	}

	@Test
	void refusesRowsThatBreakTheRules() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatalogueReader.entries(new StringReader(HEADER + "900-041-42\t非特定行业\tx\tT\n")))
			.withMessageContaining("Line 2")
			.withMessageContaining("HW42");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatalogueReader.entries(new StringReader(HEADER + "261-001-49\t非特定行业\tx\tT\n")))
			.withMessageContaining("does not fit code 261-001-49");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatalogueReader
				.entries(new StringReader(HEADER + "900-041-49\t非特定行业\tx\tT\n900-041-49\t非特定行业\ty\tT\n")))
			.withMessageContaining("Line 3")
			.withMessageContaining("listed twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatalogueReader.entries(new StringReader(HEADER + "900-041-49\t非特定行业\tx\n")))
			.withMessageContaining("3 columns instead of 4");
	}

	static Reader resource(String path) {
		return new InputStreamReader(HazardousWasteListTests.class.getResourceAsStream(path), StandardCharsets.UTF_8);
	}

	static String officialText() throws IOException {
		try (var in = HazardousWasteListTests.class.getResourceAsStream("/waste/gjwxfwml2021.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
