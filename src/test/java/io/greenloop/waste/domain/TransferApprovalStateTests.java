package io.greenloop.waste.domain;

import java.time.LocalDate;

import io.greenloop.waste.domain.TransferApprovalState.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** 第二十七条's validity and the steps' order of 第二十三条至第二十六条. */
class TransferApprovalStateTests {

	static final LocalDate DECIDED = LocalDate.of(2025, 11, 20);

	@Test
	void isValidTwelveMonthsBoundedByThePeriodAndTheLicence() {
		assertThat(TransferApprovalState.validTo(DECIDED, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)))
			.isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(TransferApprovalState.validTo(DECIDED, LocalDate.of(2026, 3, 31), LocalDate.of(2030, 1, 1)))
			.isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(TransferApprovalState.validTo(DECIDED, LocalDate.of(2030, 1, 1), LocalDate.of(2026, 6, 30)))
			.isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void takesEachStepOnlyFromItsStates() {
		Step.ORIGIN_REVIEW.checkFrom(TransferApprovalState.SUBMITTED);
		Step.DECIDE.checkFrom(TransferApprovalState.DESTINATION_AGREED);
		assertThatExceptionOfType(ManifestStateException.class)
			.isThrownBy(() -> Step.DECIDE.checkFrom(TransferApprovalState.UNDER_DESTINATION_REVIEW));
		assertThatExceptionOfType(ManifestStateException.class)
			.isThrownBy(() -> Step.DESTINATION_REPLY.checkFrom(TransferApprovalState.ACCEPTED));
		assertThat(Step.DESTINATION_REPLY.workingDays()).isEqualTo(10);
	}

}
