package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Comparing two editions' tables, and the editions known in law, without Spring. */
class EditionChangesTests {

	static CatalogueEntry entry(String code, String source, String description, String hazard) {
		return new CatalogueEntry(WasteCode.of(code), source, description, hazard, HazardCharacteristic.parse(hazard));
	}

	@Test
	void findsAddedRemovedAndChangedCodesWithWhatChanged() {
		Edition older = new Edition("A", LocalDate.of(2021, 1, 1), "test",
				List.of(entry("900-041-49", "非特定行业", "包装物", "T/In"), entry("900-039-49", "非特定行业", "活性炭", "T"),
						entry("251-002-08", "石油开采", "油泥", "T,I")),
				List.of());
		Edition newer = new Edition(
				"B", LocalDate.of(2099, 1, 1), "test", List.of(entry("900-041-49", "非特定行业", "包装物", "T/In"),
						entry("900-039-49", "非特定行业", "废活性炭", "T/C"), entry("900-901-49", "非特定行业", "虚构", "T")),
				List.of());
		EditionChanges changes = EditionChanges.between(older, newer);
		assertThat(changes.added()).extracting(e -> e.code().value()).containsExactly("900-901-49");
		assertThat(changes.removed()).extracting(e -> e.code().value()).containsExactly("251-002-08");
		assertThat(changes.changed()).singleElement().satisfies(changed -> {
			assertThat(changed.code()).isEqualTo("900-039-49");
			assertThat(changed.fields()).containsExactly("description", "hazard");
		});
		assertThat(EditionChanges.between(older, older).changed()).isEmpty();
	}

	@Test
	void knowsThe2021And2025EditionsInLaw() {
		assertThat(EditionInLaw.inForceOn(LocalDate.of(2024, 12, 31))).get()
			.extracting(EditionInLaw::name)
			.isEqualTo("2021");
		assertThat(EditionInLaw.inForceOn(LocalDate.of(2025, 1, 1))).get()
			.extracting(EditionInLaw::wasteCount)
			.isEqualTo(470);
		assertThat(EditionInLaw.inForceOn(LocalDate.of(2020, 12, 31))).isEmpty();
	}

	@Test
	void refusesATableWithoutItsRequiredColumns() {
		assertThatExceptionOfType(EditionTable.RefusedFileException.class)
			.isThrownBy(() -> EditionTable.entries("x.csv", List.of(List.of("code", "hazard"))))
			.satisfies(ex -> assertThat(ex.errors()).extracting(EditionTable.RowError::column)
				.containsExactly("industry_source", "description"));
	}

}
