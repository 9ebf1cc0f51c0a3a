package io.greenloop.reporting.domain;

import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.domain.Transition.Action;
import io.greenloop.shared.RegionCode;

/**
 * A submission (报送): one organisation's values for one form (a plan's targets, or source
 * statistics), one region and one period. Its life: {@code DRAFT → SUBMITTED → APPROVED},
 * or from SUBMITTED back to {@code RETURNED} with a reason, then SUBMITTED again. While
 * SUBMITTED it climbs its approval chain one region at a time; only the reviewer of the
 * region whose turn it is acts. APPROVED is locked: only a reviewer of a level above the
 * submitter may reopen it, with a reason. Only the organisation's own reporters, in its
 * region, edit and submit. Every method checks the state and the actor and returns the
 * transition to record; nothing else changes the state.
 */
public final class Submission {

	private final long id;

	private final long organisationId;

	private final String regionCode;

	private final List<String> chain;

	private SubmissionState state;

	private int step;

	private int revision;

	public Submission(long id, long organisationId, String regionCode, List<String> chain, SubmissionState state,
			int step, int revision) {
		if (chain.isEmpty() || !chain.get(0).equals(regionCode)) {
			throw new IllegalArgumentException("The approval chain starts at the submitting region " + regionCode);
		}
		this.id = id;
		this.organisationId = organisationId;
		this.regionCode = regionCode;
		this.chain = List.copyOf(chain);
		this.state = state;
		this.step = step;
		this.revision = revision;
	}

	/**
	 * Whether the actor may change the values: the organisation's reporter, while it is a
	 * draft or returned.
	 */
	public void checkEditableBy(Actor actor) {
		checkReporter(actor, "edit");
		if (this.state != SubmissionState.DRAFT && this.state != SubmissionState.RETURNED) {
			throw new TransitionRefusedException("报送%d状态为%s，不能修改 / submission %d is %s and cannot be changed"
				.formatted(this.id, this.state, this.id, this.state));
		}
	}

	/**
	 * 报送: a draft or a returned submission goes to its first reviewer; the caller has
	 * validated the values.
	 */
	public Transition submit(Actor actor) {
		checkEditableBy(actor);
		SubmissionState from = this.state;
		this.state = SubmissionState.SUBMITTED;
		this.step = 0;
		this.revision++;
		return new Transition(Action.SUBMIT, from, this.state, this.regionCode, null);
	}

	/**
	 * 审核通过 / 上级接收: the reviewer whose turn it is passes it up; the last one approves it
	 * for good.
	 */
	public Transition approve(Actor actor) {
		String region = currentReviewRegion(actor, "approve");
		Action action = this.step == 0 ? Action.APPROVE : Action.ACCEPT;
		this.step++;
		if (this.step == this.chain.size()) {
			this.state = SubmissionState.APPROVED;
		}
		return new Transition(action, SubmissionState.SUBMITTED, this.state, region, null);
	}

	/**
	 * 退回: the reviewer whose turn it is sends it back to the organisation, saying why.
	 */
	public Transition returnForRevision(Actor actor, String reason) {
		String region = currentReviewRegion(actor, "return");
		requireReason(reason);
		this.state = SubmissionState.RETURNED;
		this.step = 0;
		return new Transition(Action.RETURN, SubmissionState.SUBMITTED, this.state, region, reason.strip());
	}

	/**
	 * 重新打开: an approved submission goes back to its organisation, by a level above the
	 * submitting region (see {@link #mayBeReopenedBy}), with a reason.
	 */
	public Transition reopen(Actor actor, String reason) {
		if (this.state != SubmissionState.APPROVED) {
			throw new TransitionRefusedException("只有已通过的报送可以重新打开 / only an approved submission can be reopened");
		}
		if (!mayBeReopenedBy(actor)) {
			throw new NotPermittedException(
					"只有上级审核员可以重新打开已通过的数据 / only a reviewer above the submitting level may reopen approved data");
		}
		requireReason(reason);
		this.state = SubmissionState.RETURNED;
		this.step = 0;
		return new Transition(Action.REOPEN, SubmissionState.APPROVED, this.state, actor.regionCode(), reason.strip());
	}

	/**
	 * Who may reopen approved data: a reviewer of a level of the chain above the
	 * submitting region, or of the region directly above it even when the chain stops
	 * earlier (the autonomous region reopens a 盟市's own submission of a form only the 盟市
	 * accepts); an administrator only where no region is above (the autonomous region's
	 * own submissions).
	 */
	public boolean mayBeReopenedBy(Actor actor) {
		Optional<RegionCode> parent = RegionCode.of(this.regionCode).parent();
		if (parent.isEmpty()) {
			return actor.admin();
		}
		return actor.reviewer()
				&& (this.chain.stream().skip(1).anyMatch(actor::reviewsAt) || actor.reviewsAt(parent.get().value()));
	}

	/** The region whose reviewer acts next, while submitted. */
	public String awaiting() {
		return this.state == SubmissionState.SUBMITTED ? this.chain.get(this.step) : null;
	}

	private String currentReviewRegion(Actor actor, String what) {
		if (this.state != SubmissionState.SUBMITTED) {
			throw new TransitionRefusedException("报送%d状态为%s，不能%s / submission %d is %s: nothing to %s"
				.formatted(this.id, this.state, what.equals("approve") ? "审核" : "退回", this.id, this.state, what));
		}
		String region = this.chain.get(this.step);
		if (!actor.reviewsAt(region)) {
			throw new NotPermittedException(
					"这一步由地区%s的审核员处理 / this step is for a reviewer of region %s".formatted(region, region));
		}
		return region;
	}

	private void checkReporter(Actor actor, String what) {
		if (!actor.reportsFor(this.organisationId, this.regionCode)) {
			throw new NotPermittedException(
					"只有本单位的填报员可以%s / only the organisation's own reporters may %s this submission"
						.formatted(what.equals("edit") ? "修改和报送" : what, what));
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("须填写理由 / a reason is required");
		}
	}

	public long id() {
		return this.id;
	}

	public SubmissionState state() {
		return this.state;
	}

	public int step() {
		return this.step;
	}

	public int revision() {
		return this.revision;
	}

	public List<String> chain() {
		return this.chain;
	}

}
