package io.greenloop.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.reporting.domain.Actor;
import io.greenloop.reporting.domain.ApprovalChain;
import io.greenloop.reporting.domain.InvalidRequestException;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.Submission;
import io.greenloop.reporting.domain.SubmissionState;
import io.greenloop.reporting.domain.Transition;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.domain.UnknownReferenceException;
import io.greenloop.reporting.events.SubmissionChanged;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;
import io.greenloop.reporting.persistence.FormRepository;
import io.greenloop.reporting.persistence.PeriodRepository;
import io.greenloop.reporting.persistence.SubmissionRepository;
import io.greenloop.reporting.persistence.SubmissionRepository.SubmissionRow;
import io.greenloop.reporting.persistence.SubmissionRepository.ValueRow;
import io.greenloop.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions through their workflow: created by an organisation's reporter for an open
 * period, filled in, checked, submitted, approved level by level, returned or reopened
 * with a reason. Every operation checks the current account's data scope first and writes
 * nothing when it refuses; every change is recorded.
 */
@Service
public class Submissions {

	private final SubmissionRepository submissions;

	private final FormRepository forms;

	private final PeriodRepository periods;

	private final ReportItems items;

	private final ValueChecks checks;

	private final SubmissionViews views;

	private final Approvals approvals;

	private final CurrentAccount current;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SubmissionGuards guards;

	Submissions(SubmissionRepository submissions, FormRepository forms, PeriodRepository periods, ReportItems items,
			ValueChecks checks, SubmissionViews views, Approvals approvals, CurrentAccount current, Clock clock,
			ApplicationEventPublisher events, SubmissionGuards guards) {
		this.submissions = submissions;
		this.forms = forms;
		this.periods = periods;
		this.items = items;
		this.checks = checks;
		this.views = views;
		this.approvals = approvals;
		this.current = current;
		this.clock = clock;
		this.events = events;
		this.guards = guards;
	}

	/**
	 * Starts (or finds) the current reporter's submission of a form for an open period.
	 */
	@Transactional
	public SubmissionView create(String formCode, String periodCode) {
		DataScope scope = this.current.scope();
		if (!scope.has(Role.REPORTER)) {
			throw new NotPermittedException("只有填报员可以新建报送 / only reporters create submissions");
		}
		Form form = this.forms.find(formCode)
			.orElseThrow(() -> new UnknownReferenceException("没有报表“%s” / no form %s".formatted(formCode, formCode)));
		Period period = this.periods.find(periodCode)
			.orElseThrow(
					() -> new UnknownReferenceException("没有期间“%s” / no period %s".formatted(periodCode, periodCode)));
		if (period.kind() != form.cadence()) {
			throw new InvalidRequestException("报表%s按%s报送，期间%s不适用 / form %s is reported per %s, not for %s"
				.formatted(formCode, form.cadence(), periodCode, formCode, form.cadence(), periodCode));
		}
		var existing = this.submissions.find(formCode, scope.organisationId(), scope.regionCode(), period.id());
		if (existing.isPresent()) {
			return this.views.view(existing.get(), actor(scope));
		}
		this.guards.checkOpen(period);
		List<ReportItem> assigned = this.items.assigned(form, scope.organisationId(), scope.regionCode());
		if (assigned.isEmpty()) {
			throw new TransitionRefusedException(
					"本单位在该报表中没有需填报的指标 / your organisation reports nothing on form " + formCode);
		}
		Instant now = this.clock.instant();
		var inserted = this.submissions.insert(formCode, scope.organisationId(), scope.regionCode(), period.id(),
				ApprovalChain.of(scope.regionCode(), form.acceptLevels()), scope.username(), now);
		if (inserted.isEmpty()) {
			// another request of the same reporter created it a moment ago
			return this.views
				.view(this.submissions.find(formCode, scope.organisationId(), scope.regionCode(), period.id())
					.orElseThrow(), actor(scope));
		}
		long id = inserted.get();
		int position = 0;
		for (ReportItem item : assigned) {
			this.submissions.saveValue(id, new ValueRow(item.code(), position++, null, null, null, null, null, null));
		}
		this.submissions.recordTransition(id,
				new Transition(Transition.Action.CREATE, null, SubmissionState.DRAFT, scope.regionCode(), null),
				scope.username(), now);
		publish(id, "CREATE", assigned.size() + " items");
		return get(id);
	}

	/** One submission, if the current account may see it. */
	@Transactional(readOnly = true)
	public SubmissionView get(long id) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.visible(id, scope);
		return this.views.view(row, actor(scope));
	}

	/** The submissions the current account may see, filtered. */
	@Transactional(readOnly = true)
	public List<SubmissionSummary> list(SubmissionFilter filter) {
		DataScope scope = this.current.scope();
		String prefix = scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix();
		Long organisation = (!scope.isAdmin() && !scope.has(Role.REVIEWER) && !scope.has(Role.LEADER))
				? scope.organisationId() : null;
		if (filter.regionCode() != null) {
			if (!scope.sees(filter.regionCode())) {
				throw new NotPermittedException("地区%s不在您的数据范围内 / region %s is outside your data scope"
					.formatted(filter.regionCode(), filter.regionCode()));
			}
			prefix = RegionCode.of(filter.regionCode()).scopePrefix();
		}
		return this.submissions
			.findAll(prefix, organisation, filter.state() == null ? null : filter.state().name(), filter.formCode(),
					filter.periodCode(), filter.awaitingRegion())
			.stream()
			.filter(row -> organisation == null || row.regionCode().equals(scope.regionCode()))
			.map(row -> new SubmissionSummary(row.id(), row.formCode(), row.organisationId(), row.regionCode(),
					row.periodCode(), row.state(),
					row.state() == SubmissionState.SUBMITTED ? row.chain().get(row.step()) : null, row.revision(),
					row.updatedAt()))
			.toList();
	}

	/**
	 * Saves values typed in a page or an API call. All or nothing: values that break a
	 * rule of importance ERROR (other than REQUIRED, as a draft may be incomplete) are
	 * refused together with every other value.
	 * @return the warnings
	 */
	@Transactional
	public List<ValueProblem> save(long id, List<ValueInput> inputs, String reason) {
		if (inputs == null) {
			throw new InvalidRequestException("没有数值 / no values");
		}
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.lockVisible(id, scope);
		domain(row).checkEditableBy(actor(scope));
		this.guards.checkOpen(row);
		Map<String, ReportItem> byCode = this.views.items(row);
		this.guards.checkOwnItems(row, byCode, inputs);
		List<ValueProblem> problems = this.checks.check(byCode, inputs, this.views.previous(row, byCode.keySet()),
				false);
		if (problems.stream().anyMatch(ValueProblem::isError)) {
			throw new ValuesRejectedException("数值未保存：%d处错误 / nothing saved: %d errors".formatted(
					problems.stream().filter(ValueProblem::isError).count(),
					problems.stream().filter(ValueProblem::isError).count()), problems);
		}
		int changed = write(row, byCode, inputs, scope.username(), reason);
		if (changed > 0) {
			this.submissions.touch(id, this.clock.instant());
			publish(id, "SAVE", changed + " values changed" + (reason == null ? "" : ": " + reason));
		}
		return problems;
	}

	/** The problems of the values as saved, every rule included. */
	@Transactional(readOnly = true)
	public List<ValueProblem> check(long id) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.visible(id, scope);
		return checkComplete(row);
	}

	@Transactional
	public SubmissionView submit(long id) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.lockVisible(id, scope);
		Submission submission = domain(row);
		submission.checkEditableBy(actor(scope));
		this.guards.checkOpen(row);
		List<ValueProblem> problems = checkComplete(row);
		if (problems.stream().anyMatch(ValueProblem::isError)) {
			throw new ValuesRejectedException("不能报送：%d处错误 / cannot submit: %d errors".formatted(
					problems.stream().filter(ValueProblem::isError).count(),
					problems.stream().filter(ValueProblem::isError).count()), problems);
		}
		return transition(row, submission, submission.submit(actor(scope)), scope);
	}

	@Transactional
	public SubmissionView approve(long id) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.lockVisible(id, scope);
		Submission submission = domain(row);
		this.guards.checkNotOwnSubmission(row, scope);
		Transition transition = submission.approve(actor(scope));
		SubmissionView view = transition(row, submission, transition, scope);
		if (submission.state() == SubmissionState.APPROVED) {
			publishApproved(row, scope.username());
		}
		return view;
	}

	@Transactional
	public SubmissionView returnForRevision(long id, String reason) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.lockVisible(id, scope);
		Submission submission = domain(row);
		return transition(row, submission, submission.returnForRevision(actor(scope), reason), scope);
	}

	@Transactional
	public SubmissionView reopen(long id, String reason) {
		DataScope scope = this.current.scope();
		SubmissionRow row = this.guards.lockVisible(id, scope);
		Submission submission = domain(row);
		return transition(row, submission, submission.reopen(actor(scope), reason), scope);
	}

	@Transactional(readOnly = true)
	public SubmissionHistory history(long id) {
		this.guards.visible(id, this.current.scope());
		return new SubmissionHistory(
				this.submissions.transitions(id)
					.stream()
					.map(t -> new SubmissionHistory.Step(t.at(), t.by(), t.action(), t.from(), t.to(), t.regionCode(),
							t.reason()))
					.toList(),
				this.submissions.changes(id)
					.stream()
					.map(c -> new SubmissionHistory.Change(c.itemCode(), c.revision(), c.at(), c.by(), c.oldValue(),
							c.newValue(), c.reason()))
					.toList());
	}

	private List<ValueProblem> checkComplete(SubmissionRow row) {
		Map<String, ReportItem> byCode = this.views.items(row);
		List<ValueInput> inputs = this.submissions.values(row.id()).stream().map(SubmissionViews::input).toList();
		return this.checks.check(byCode, inputs, this.views.previous(row, byCode.keySet()), true);
	}

	/**
	 * Writes the values that differ from what is stored, each change recorded; answers
	 * how many.
	 */
	private int write(SubmissionRow row, Map<String, ReportItem> byCode, List<ValueInput> inputs, String by,
			String reason) {
		Map<String, ValueRow> stored = this.submissions.values(row.id())
			.stream()
			.collect(Collectors.toMap(ValueRow::itemCode, Function.identity()));
		Instant now = this.clock.instant();
		int changed = 0;
		for (ValueInput input : inputs) {
			ValueRow before = stored.get(input.itemCode());
			ValueRow after = SubmissionViews.row(byCode.get(input.itemCode()), input,
					before == null ? stored.size() : before.position());
			if (before == null || !SubmissionViews.sameContent(before, after)) {
				this.submissions.saveValue(row.id(), after);
				this.submissions.recordChange(row.id(), input.itemCode(), row.revision(),
						before == null ? null : SubmissionViews.describe(before), SubmissionViews.describe(after),
						reason, by, now);
				changed++;
			}
		}
		return changed;
	}

	private SubmissionView transition(SubmissionRow row, Submission submission, Transition transition,
			DataScope scope) {
		Instant now = this.clock.instant();
		this.submissions.updateState(row.id(), submission.state(), submission.step(), submission.revision(), now);
		this.submissions.recordTransition(row.id(), transition, scope.username(), now);
		publish(row.id(), transition.action().name(), transition.reason());
		return this.views.view(this.submissions.find(row.id()).orElseThrow(), actor(scope));
	}

	private void publishApproved(SubmissionRow row, String by) {
		List<NewApprovedValue> approved = new ArrayList<>();
		for (ValueRow value : this.submissions.values(row.id())) {
			if (value.value() != null || value.text() != null) {
				approved.add(new NewApprovedValue(value.itemCode(), row.regionCode(), row.periodId(), value.value(),
						value.text(), value.numerator(), value.denominator(), value.unit(), value.note()));
			}
		}
		this.approvals.approve(approved, approved.stream().map(value -> row.periodCode()).toList(), "SUBMISSION",
				row.id(), by, this.clock.instant());
	}

	private void publish(long id, String action, String detail) {
		SubmissionRow row = this.submissions.find(id).orElseThrow();
		this.events.publishEvent(new SubmissionChanged(id, row.formCode(), row.regionCode(), row.periodCode(), action,
				this.current.require().username(), detail));
	}

	static Submission domain(SubmissionRow row) {
		return new Submission(row.id(), row.organisationId(), row.regionCode(), row.chain(), row.state(), row.step(),
				row.revision());
	}

	static Actor actor(DataScope scope) {
		return new Actor(scope.username(), scope.organisationId(), scope.regionCode(), scope.has(Role.REPORTER),
				scope.has(Role.REVIEWER), scope.isAdmin());
	}

	/**
	 * A filter over submissions; every part optional.
	 *
	 * @param regionCode only this region and below (must be within the account's scope)
	 * @param state only in this state
	 * @param formCode only this form
	 * @param periodCode only this period
	 * @param awaitingRegion only those whose next review is at this region
	 */
	public record SubmissionFilter(String regionCode, SubmissionState state, String formCode, String periodCode,
			String awaitingRegion) {

		public static SubmissionFilter all() {
			return new SubmissionFilter(null, null, null, null, null);
		}

	}

}
