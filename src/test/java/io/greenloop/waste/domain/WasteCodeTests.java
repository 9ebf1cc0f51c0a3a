package io.greenloop.waste.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WasteCodeTests {

	@Test
	void readsIndustrySequenceAndCategory() {
		WasteCode code = WasteCode.of(" 900-041-49 ");
		assertThat(code.value()).isEqualTo("900-041-49");
		assertThat(code.category().code()).isEqualTo("HW49");
		assertThat(code.category().name()).isEqualTo("其他废物");
		assertThat(code.isNonSpecificIndustry()).isTrue();
		assertThat(WasteCode.of("841-001-01").industry()).isEqualTo("841");
		assertThat(WasteCode.of("841-001-01").isNonSpecificIndustry()).isFalse();
	}

	@Test
	void refusesAWrongFormat() {
		for (String wrong : new String[] { "900-041-4", "90004149", "900-041-49-1", "A00-041-49", "", "900_041_49" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> WasteCode.of(wrong))
				.withMessageContaining("DDD-SSS-CC");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> WasteCode.of(null));
	}

	@Test
	void refusesCategoriesThatDoNotExist() {
		for (String category : new String[] { "00", "41", "42", "43", "44", "51", "99" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> WasteCode.of("900-001-" + category))
				.withMessageContaining("HW" + category + ", which does not exist");
		}
		assertThat(WasteCode.of("900-001-40").category().name()).isEqualTo("含醚废物");
		assertThat(WasteCode.of("900-001-45").category().name()).isEqualTo("含有机卤化物废物");
	}

	@Test
	void knowsTheFortySixCategories() {
		assertThat(HazardCategory.all()).hasSize(46);
		assertThat(HazardCategory.all().get(0)).isEqualTo(new HazardCategory(1, "医疗废物"));
		assertThat(HazardCategory.all().get(45)).isEqualTo(new HazardCategory(50, "废催化剂"));
		assertThat(HazardCategory.parse("hw48").orElseThrow().name()).isEqualTo("有色金属采选和冶炼废物");
		assertThat(HazardCategory.parse("HW42")).isEmpty();
		assertThat(HazardCategory.parse("HW4")).isEmpty();
	}

	@Test
	void parsesHazardCharacteristicsAsTheTextWritesThem() {
		assertThat(HazardCharacteristic.parse("T/C/I/R/In")).containsExactly(HazardCharacteristic.T,
				HazardCharacteristic.C, HazardCharacteristic.I, HazardCharacteristic.R, HazardCharacteristic.In);
		assertThat(HazardCharacteristic.parse("C，T")).containsExactly(HazardCharacteristic.T, HazardCharacteristic.C);
		assertThat(HazardCharacteristic.parse("In")).containsExactly(HazardCharacteristic.In);
		assertThatIllegalArgumentException().isThrownBy(() -> HazardCharacteristic.parse("T/X"))
			.withMessageContaining("'X'");
		assertThatIllegalArgumentException().isThrownBy(() -> HazardCharacteristic.parse(" "));
	}

}
