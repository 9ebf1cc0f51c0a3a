package io.greenloop.evaluation.report;

import io.greenloop.plan.PlanKind;
import io.greenloop.plan.PlanView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which year each kind of report is of, for a plan of 2021–2025. */
class ReportKindTests {

	static final PlanView PLAN = new PlanView("003", null, "方案", PlanKind.IMPLEMENTATION_PLAN, null, null, null,
			"150100", "呼和浩特市", 2021, 2025, 2020, null, 82, null);

	@Test
	void anAnnualReportIsOfTheLastCompleteYearInsideThePeriodUnlessAnotherIsAskedFor() {
		assertThat(ReportKind.ANNUAL.year(PLAN, null, 2025)).isEqualTo(2024);
		assertThat(ReportKind.ANNUAL.year(PLAN, null, 2030)).isEqualTo(2025);
		assertThat(ReportKind.ANNUAL.year(PLAN, null, 2021)).isEqualTo(2021);
		assertThat(ReportKind.ANNUAL.year(PLAN, 2022, 2025)).isEqualTo(2022);
		assertThatIllegalArgumentException().isThrownBy(() -> ReportKind.ANNUAL.year(PLAN, 2020, 2025))
			.withMessageContaining("2021—2025");
	}

	@Test
	void theMidTermIsOfTheMiddleYearAndTheFinalOfTheLast() {
		assertThat(ReportKind.MIDTERM.year(PLAN, null, 2025)).isEqualTo(2023);
		assertThat(ReportKind.FINAL.year(PLAN, null, 2025)).isEqualTo(2025);
		assertThat(ReportKind.MIDTERM.year(PLAN, 2023, 2025)).isEqualTo(2023);
		assertThatIllegalArgumentException().isThrownBy(() -> ReportKind.MIDTERM.year(PLAN, 2024, 2025));
	}

	@Test
	void kindsAndFormatsAreNamedAsThePathAndQueryNameThem() {
		assertThat(ReportKind.of("midterm")).isEqualTo(ReportKind.MIDTERM);
		assertThatIllegalArgumentException().isThrownBy(() -> ReportKind.of("MIDTERM"));
		assertThat(ReportFormat.of(null)).isEqualTo(ReportFormat.DOCX);
		assertThat(ReportFormat.of("xlsx")).isEqualTo(ReportFormat.XLSX);
		assertThatIllegalArgumentException().isThrownBy(() -> ReportFormat.of("pdf"));
	}

}
