package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.domain.DeclarationPeriods.Kind;
import io.greenloop.waste.domain.DeclarationPeriods.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HJ 1259—2022 §7.2: the periods and due dates by class. */
class DeclarationPeriodsTests {

	@Test
	void keySupervisionDeclaresMonthlyByThe15thAndYearlyBy31March() {
		List<Period> periods = DeclarationPeriods.of(ManagementClass.KEY, 2025);
		assertThat(periods).hasSize(13);
		assertThat(periods.get(0)).isEqualTo(new Period(Kind.MONTHLY, "2025-01", 2025, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 15)));
		assertThat(periods.get(1).endsOn()).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(periods.get(11).dueOn()).isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(periods.get(12)).isEqualTo(new Period(Kind.ANNUAL, "2025", 2025, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31)));
	}

	@Test
	void simplifiedManagementDeclaresQuarterlyByThe15thOfTheNextQuartersFirstMonth() {
		List<Period> periods = DeclarationPeriods.of(ManagementClass.SIMPLIFIED, 2024);
		assertThat(periods).extracting(Period::code)
			.containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024");
		assertThat(periods.get(0).endsOn()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(periods.get(0).dueOn()).isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(periods.get(3).startsOn()).isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(periods.get(3).dueOn()).isEqualTo(LocalDate.of(2025, 1, 15));
	}

	@Test
	void registrationManagementDeclaresOnlyTheYear() {
		assertThat(DeclarationPeriods.of(ManagementClass.REGISTERED, 2023)).containsExactly(new Period(Kind.ANNUAL,
				"2023", 2023, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 31)));
	}

}
