package io.greenloop.reporting.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow rules of a submission, without Spring: who may do what, in which state.
 */
class SubmissionTests {

	static final long BUREAU = 7;

	final Actor reporter = new Actor("r", BUREAU, "150105", true, false, false);

	final Actor otherReporter = new Actor("o", 8, "150105", true, false, false);

	final Actor countyReviewer = new Actor("c", 9, "150105", false, true, false);

	final Actor cityReviewer = new Actor("h", 10, "150100", false, true, false);

	final Actor regionReviewer = new Actor("n", 11, "150000", false, true, false);

	Submission draft() {
		return new Submission(1, BUREAU, "150105", List.of("150105", "150100", "150000"), SubmissionState.DRAFT, 0, 0);
	}

	@Test
	void climbsTheChainOneReviewerAtATime() {
		Submission submission = draft();
		assertThat(submission.submit(this.reporter).action()).isEqualTo(Transition.Action.SUBMIT);
		assertThat(submission.awaiting()).isEqualTo("150105");
		assertThat(submission.approve(this.countyReviewer).action()).isEqualTo(Transition.Action.APPROVE);
		assertThat(submission.awaiting()).isEqualTo("150100");
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> submission.approve(this.regionReviewer));
		assertThat(submission.approve(this.cityReviewer).action()).isEqualTo(Transition.Action.ACCEPT);
		Transition last = submission.approve(this.regionReviewer);
		assertThat(last.to()).isEqualTo(SubmissionState.APPROVED);
		assertThat(submission.state()).isEqualTo(SubmissionState.APPROVED);
		assertThat(submission.awaiting()).isNull();
		assertThat(submission.revision()).isEqualTo(1);
	}

	@Test
	void onlyTheOwnReportersEditAndSubmit() {
		Submission submission = draft();
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> submission.submit(this.otherReporter));
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> submission.submit(this.countyReviewer));
		assertThat(submission.state()).isEqualTo(SubmissionState.DRAFT);
	}

	@Test
	void returnsWithAReasonAndIsResubmittedAsTheNextRevision() {
		Submission submission = draft();
		submission.submit(this.reporter);
		assertThatExceptionOfType(TransitionRefusedException.class)
			.isThrownBy(() -> submission.returnForRevision(this.countyReviewer, "  "));
		Transition returned = submission.returnForRevision(this.countyReviewer, " 数据有误 ");
		assertThat(returned.reason()).isEqualTo("数据有误");
		assertThat(submission.state()).isEqualTo(SubmissionState.RETURNED);
		submission.checkEditableBy(this.reporter);
		submission.submit(this.reporter);
		assertThat(submission.revision()).isEqualTo(2);
		assertThat(submission.awaiting()).isEqualTo("150105");
	}

	@Test
	void isLockedOnceApprovedUntilALevelAboveReopensIt() {
		Submission submission = new Submission(1, BUREAU, "150105", List.of("150105", "150100"),
				SubmissionState.APPROVED, 2, 1);
		assertThatExceptionOfType(TransitionRefusedException.class)
			.isThrownBy(() -> submission.checkEditableBy(this.reporter));
		assertThatExceptionOfType(TransitionRefusedException.class).isThrownBy(() -> submission.submit(this.reporter));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> submission.reopen(this.countyReviewer, "复核"));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> submission.reopen(this.regionReviewer, "复核"));
		Transition reopened = submission.reopen(this.cityReviewer, "复核");
		assertThat(reopened.action()).isEqualTo(Transition.Action.REOPEN);
		assertThat(reopened.regionCode()).isEqualTo("150100");
		assertThat(submission.state()).isEqualTo(SubmissionState.RETURNED);
	}

	@Test
	void isReopenedFromTheRegionAboveWhenTheChainStopsAtTheSubmitter() {
		Submission city = new Submission(2, BUREAU, "150600", List.of("150600"), SubmissionState.APPROVED, 1, 1);
		Actor ordosReviewer = new Actor("e", 12, "150600", false, true, false);
		assertThat(city.mayBeReopenedBy(ordosReviewer)).isFalse();
		assertThat(city.mayBeReopenedBy(this.cityReviewer)).isFalse();
		assertThat(city.reopen(this.regionReviewer, "复核").regionCode()).isEqualTo("150000");

		Submission region = new Submission(3, BUREAU, "150000", List.of("150000"), SubmissionState.APPROVED, 1, 1);
		Actor admin = new Actor("admin", 1, "150000", false, false, true);
		assertThat(region.mayBeReopenedBy(this.regionReviewer)).isFalse();
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> region.reopen(admin, " "));
		assertThat(region.reopen(admin, "更正").to()).isEqualTo(SubmissionState.RETURNED);
	}

	@Test
	void hasNoTransitionsBesideTheNamedOnes() {
		Submission submission = draft();
		assertThatExceptionOfType(TransitionRefusedException.class)
			.isThrownBy(() -> submission.approve(this.countyReviewer));
		assertThatExceptionOfType(TransitionRefusedException.class)
			.isThrownBy(() -> submission.returnForRevision(this.countyReviewer, "x"));
		assertThatExceptionOfType(TransitionRefusedException.class)
			.isThrownBy(() -> submission.reopen(this.cityReviewer, "x"));
	}

}
