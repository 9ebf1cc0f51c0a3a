package io.greenloop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.Transition;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.persistence.PeriodRepository;
import io.greenloop.reporting.persistence.SubmissionRepository;
import io.greenloop.reporting.persistence.SubmissionRepository.SubmissionRow;

import org.springframework.stereotype.Component;

/**
 * What {@link Submissions} checks before it changes anything: the caller's data scope,
 * the period's window, the organisation's own items, four eyes. Each check throws and
 * writes nothing.
 */
@Component
class SubmissionGuards {

	private final SubmissionRepository submissions;

	private final PeriodRepository periods;

	private final SubmissionViews views;

	private final Clock clock;

	SubmissionGuards(SubmissionRepository submissions, PeriodRepository periods, SubmissionViews views, Clock clock) {
		this.submissions = submissions;
		this.periods = periods;
		this.views = views;
		this.clock = clock;
	}

	SubmissionRow visible(long id, DataScope scope) {
		SubmissionRow row = this.submissions.find(id).orElseThrow(() -> new UnknownSubmissionException(id));
		checkVisible(row, scope);
		return row;
	}

	SubmissionRow lockVisible(long id, DataScope scope) {
		SubmissionRow row = this.submissions.lock(id).orElseThrow(() -> new UnknownSubmissionException(id));
		checkVisible(row, scope);
		return row;
	}

	/**
	 * A reporter sees its own organisation's submissions in its region; reviewers and
	 * leaders those of their region and below; administrators all.
	 */
	private static void checkVisible(SubmissionRow row, DataScope scope) {
		boolean own = scope.organisationId() == row.organisationId() && scope.regionCode().equals(row.regionCode());
		boolean oversees = (scope.has(Role.REVIEWER) || scope.has(Role.LEADER)) && scope.sees(row.regionCode());
		if (!(scope.isAdmin() || own || oversees)) {
			throw new NotPermittedException(
					"报送%d不在您的数据范围内 / submission %d is outside your data scope".formatted(row.id(), row.id()));
		}
	}

	/**
	 * Values are reported within the period's window (an administrator may move it): a
	 * draft cannot be saved or submitted once the window has closed.
	 */
	void checkOpen(SubmissionRow row) {
		checkOpen(this.periods.find(row.periodId()).orElseThrow());
	}

	void checkOpen(Period period) {
		if (!period.isOpenOn(LocalDate.now(this.clock))) {
			throw new TransitionRefusedException(
					"期间%s的填报时间为%s至%s / period %s is open from %s to %s".formatted(period.code(), period.opensOn(),
							period.closesOn(), period.code(), period.opensOn(), period.closesOn()));
		}
	}

	/**
	 * A form's items that another organisation reports are not this submission's to write
	 * (codes the form does not have at all are left to the checks to name).
	 */
	void checkOwnItems(SubmissionRow row, Map<String, ReportItem> own, List<ValueInput> inputs) {
		Map<String, ReportItem> form = this.views.formItems(row);
		List<String> foreign = inputs.stream()
			.map(ValueInput::itemCode)
			.filter(code -> form.containsKey(code) && !own.containsKey(code))
			.distinct()
			.toList();
		if (!foreign.isEmpty()) {
			throw new NotPermittedException(
					"指标%s不由本单位填报 / items %s are not reported by this organisation".formatted(foreign, foreign));
		}
	}

	/** Four eyes: whoever submitted a revision does not approve it too. */
	void checkNotOwnSubmission(SubmissionRow row, DataScope scope) {
		String submitter = this.submissions.transitions(row.id())
			.stream()
			.filter(t -> Transition.Action.SUBMIT.name().equals(t.action()))
			.reduce((first, second) -> second)
			.map(SubmissionRepository.TransitionRow::by)
			.orElse(null);
		if (scope.username().equals(submitter)) {
			throw new NotPermittedException("不能审核自己报送的数据 / you cannot approve what you submitted yourself");
		}
	}

}
