package io.greenloop.reporting.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalChainTests {

	@Test
	void goesBottomUpThroughTheLevelsTheFormNames() {
		assertThat(ApprovalChain.of("150105", Set.of(2, 1))).containsExactly("150105", "150100", "150000");
		assertThat(ApprovalChain.of("150100", Set.of(2, 1))).containsExactly("150100", "150000");
		assertThat(ApprovalChain.of("150602", Set.of(2))).containsExactly("150602", "150600");
		assertThat(ApprovalChain.of("150600", Set.of(2))).containsExactly("150600");
		assertThat(ApprovalChain.of("150000", Set.of(2, 1))).containsExactly("150000");
		assertThat(ApprovalChain.of("152921", Set.of(1))).containsExactly("152921", "150000");
	}

	@Test
	void opensQuartersUntilTwentyDaysAfterTheyEndAndYearsFromDecemberToMarch() {
		var periods = PeriodCalendar.periods(Cadence.QUARTER, 2025, 2025);
		assertThat(periods).extracting(PeriodCalendar.PeriodSpec::code)
			.containsExactly("2025Q1", "2025Q2", "2025Q3", "2025Q4");
		var third = periods.get(2);
		assertThat(third.startsOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(third.endsOn()).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(third.isOpenOn(LocalDate.of(2025, 10, 20))).isTrue();
		assertThat(third.isOpenOn(LocalDate.of(2025, 10, 21))).isFalse();
		var year = PeriodCalendar.periods(Cadence.YEAR, 2024, 2024).get(0);
		assertThat(year.code()).isEqualTo("2024");
		assertThat(year.isOpenOn(LocalDate.of(2024, 11, 30))).isFalse();
		assertThat(year.isOpenOn(LocalDate.of(2025, 3, 31))).isTrue();
		assertThat(PeriodCalendar.periods(Cadence.MONTH, 2024, 2024)).hasSize(12)
			.extracting(PeriodCalendar.PeriodSpec::code)
			.contains("2024-02", "2024-12");
		assertThat(PeriodCalendar.periods(Cadence.MONTH, 2024, 2024).get(1).endsOn())
			.isEqualTo(LocalDate.of(2024, 2, 29));
	}

}
