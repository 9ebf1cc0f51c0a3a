package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.greenloop.waste.domain.ClassRule.Assessment;
import io.greenloop.waste.domain.ClassRule.Facts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HJ 1259—2022 §4.2.1 and §4.2.3, branch by branch. */
class ClassRuleTests {

	static final LocalDate LONG_AGO = LocalDate.of(2015, 6, 1);

	static Facts facts(LocalDate since, boolean intermittent, String estimate, Map<Integer, BigDecimal> generated) {
		return new Facts(2025, since, intermittent, estimate == null ? null : new BigDecimal(estimate), generated,
				false, false);
	}

	static Map<Integer, BigDecimal> years(String y2021, String y2022, String y2023, String y2024) {
		return Map.of(2021, new BigDecimal(y2021), 2022, new BigDecimal(y2022), 2023, new BigDecimal(y2023), 2024,
				new BigDecimal(y2024));
	}

	@Test
	void operatingThreeYearsTakesTheLargestOfTheLastThree() {
		Assessment a = ClassRule.assess(facts(LONG_AGO, false, "500", years("900", "5", "120", "8")));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("120");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.KEY);
		assertThat(a.reasonZh()).contains("120 t", "§4.2.1 a) 1)", "近 3 年（2022–2024 年）");
		assertThat(a.reasonEn()).contains("largest of the last three years (2022–2024");
	}

	@Test
	void exactlyThreeYearsOnTheFirstOfJanuaryCountsAsThree() {
		Assessment a = ClassRule.assess(facts(LocalDate.of(2022, 1, 1), false, null, years("0", "50", "9", "3")));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("50");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.SIMPLIFIED);
		assertThat(a.reasonEn()).contains("§4.2.1 b)", "last three years");
	}

	@Test
	void oneToThreeYearsTakesTheLargestYearOfTheOperatingPeriod() {
		Assessment a = ClassRule
			.assess(facts(LocalDate.of(2023, 7, 1), false, "1000", years("500", "400", "2", "9.5")));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("9.5");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.REGISTERED);
		assertThat(a.reasonZh()).contains("投运满 1 年不满 3 年", "2023–2024", "§4.2.1 c)");
	}

	@Test
	void underAYearTakesTheEstimate() {
		Assessment a = ClassRule.assess(facts(LocalDate.of(2024, 3, 1), false, "150", years("0", "0", "0", "90")));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("150");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.KEY);
		assertThat(a.reasonEn()).contains("operating for less than a year", "estimates");
	}

	@Test
	void notOperatingTakesTheEstimate() {
		Assessment a = ClassRule.assess(facts(null, false, "10", Map.of()));
		assertThat(a.managementClass()).isEqualTo(ManagementClass.SIMPLIFIED);
		assertThat(a.reasonZh()).contains("未投运");
	}

	@Test
	void intermittentProductionTakesTheEstimateHoweverLongOperating() {
		Assessment a = ClassRule.assess(facts(LONG_AGO, true, "3", years("300", "300", "300", "300")));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("3");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.REGISTERED);
		assertThat(a.reasonEn()).contains("cycles longer than three years");
	}

	@Test
	void noEstimateCountsAsZeroAndSaysSo() {
		Assessment a = ClassRule.assess(facts(null, false, null, Map.of()));
		assertThat(a.annualGenerationT()).isEqualByComparingTo("0");
		assertThat(a.managementClass()).isEqualTo(ManagementClass.REGISTERED);
		assertThat(a.reasonEn()).contains("none is recorded, so 0 t");
	}

	@Test
	void anOwnTreatmentFacilityOrALicenceMakesItKeyWhateverTheQuantity() {
		Assessment facility = ClassRule.assess(new Facts(2025, LONG_AGO, false, null, Map.of(), true, false));
		assertThat(facility.managementClass()).isEqualTo(ManagementClass.KEY);
		assertThat(facility.reasonZh()).contains("§4.2.1 a) 2)").doesNotContain("a) 3)");
		Assessment licence = ClassRule.assess(new Facts(2025, LONG_AGO, false, null, Map.of(), false, true));
		assertThat(licence.managementClass()).isEqualTo(ManagementClass.KEY);
		assertThat(licence.reasonEn()).contains("operating licence in 2025", "§4.2.1 a) 3)");
	}

	@Test
	void theThresholdsAreInclusive() {
		assertThat(ClassRule.assess(facts(LONG_AGO, false, null, years("0", "0", "0", "100"))).managementClass())
			.isEqualTo(ManagementClass.KEY);
		assertThat(ClassRule.assess(facts(LONG_AGO, false, null, years("0", "0", "0", "99.999"))).managementClass())
			.isEqualTo(ManagementClass.SIMPLIFIED);
		assertThat(ClassRule.assess(facts(LONG_AGO, false, null, years("0", "0", "0", "9.999"))).managementClass())
			.isEqualTo(ManagementClass.REGISTERED);
	}

}
