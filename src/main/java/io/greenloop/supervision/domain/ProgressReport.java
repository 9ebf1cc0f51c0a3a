package io.greenloop.supervision.domain;

import java.math.BigDecimal;

import io.greenloop.supervision.ReportState;
import io.greenloop.supervision.SubjectKind;

/**
 * One unit's report on one task or project: what was done (text), how far (percent), the
 * evidence (attachments), for a project the quarter's actual investment (万元), and whether
 * it reports the task complete. A round's slot starts 待报送 (PENDING); the unit reports
 * (SUBMITTED), and may correct it until the lead unit accepts it (ACCEPTED, final) or
 * sends it back with a reason (RETURNED), after which it reports again. A completion
 * report needs a note and at least one piece of evidence and says 100%.
 */
public final class ProgressReport {

	private final long id;

	private final SubjectKind kind;

	private ReportState state;

	private String returnReason;

	public ProgressReport(long id, SubjectKind kind, ReportState state, String returnReason) {
		this.id = id;
		this.kind = kind;
		this.state = state;
		this.returnReason = returnReason;
	}

	/**
	 * Reports (or corrects) the progress.
	 * @param evidence how many files are attached, counting those sent with this report
	 */
	public void submit(Content content, int evidence) {
		if (this.state == ReportState.ACCEPTED) {
			throw new TransitionRefusedException(
					"报告%d已采纳，不能修改 / report %d was accepted and cannot be changed".formatted(this.id, this.id));
		}
		content.check(this.kind, evidence);
		this.state = ReportState.SUBMITTED;
		this.returnReason = null;
	}

	/** The lead unit accepts the report. */
	public void accept() {
		requireSubmitted("采纳 / accept");
		this.state = ReportState.ACCEPTED;
	}

	/** The lead unit sends the report back, saying why. */
	public void sendBack(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "退回须说明理由 / a report is sent back with a reason");
		}
		requireSubmitted("退回 / send back");
		this.state = ReportState.RETURNED;
		this.returnReason = reason.strip();
	}

	private void requireSubmitted(String what) {
		if (this.state != ReportState.SUBMITTED) {
			throw new TransitionRefusedException(
					"报告%d处于%s状态，不能%s / report %d is %s".formatted(this.id, this.state, what, this.id, this.state));
		}
	}

	public ReportState state() {
		return this.state;
	}

	public String returnReason() {
		return this.returnReason;
	}

	/**
	 * What a unit reports.
	 *
	 * @param text what was done
	 * @param percent how far, 0 to 100
	 * @param investment a project's actual investment of the quarter, 万元; none for a task
	 * @param completes whether it reports the task done
	 */
	public record Content(String text, Integer percent, BigDecimal investment, boolean completes) {

		private static final int MAX_TEXT = 4000;

		void check(SubjectKind kind, int evidence) {
			if (this.text == null || this.text.isBlank()) {
				throw new InvalidInputException("text", "请填写进展情况 / text: say what was done");
			}
			if (this.text.length() > MAX_TEXT) {
				throw new InvalidInputException("text",
						"进展情况不能超过%d字 / text may be at most %d characters".formatted(MAX_TEXT, MAX_TEXT));
			}
			if (this.percent == null || this.percent < 0 || this.percent > 100) {
				throw new InvalidInputException("percent",
						"进度须为0至100之间的整数 / percent must be a whole number from 0 to 100");
			}
			if (kind == SubjectKind.TASK && this.investment != null) {
				throw new InvalidInputException("investment",
						"任务不报送投资额，只有项目报送 / investment is reported for projects only");
			}
			if (this.investment != null && this.investment.signum() < 0) {
				throw new InvalidInputException("investment", "投资额不能为负 / investment cannot be negative");
			}
			if (this.investment != null && this.investment.scale() > 2) {
				throw new InvalidInputException("investment",
						"投资额（万元）最多两位小数 / investment (万元) has at most two decimals");
			}
			if (this.completes && this.percent != 100) {
				throw new InvalidInputException("percent", "报告完成时进度须为100 / a completion report says 100 percent");
			}
			if (this.completes && evidence == 0) {
				throw new InvalidInputException("files", "报告完成须附证明材料 / a completion report needs evidence attached");
			}
		}

	}

}
