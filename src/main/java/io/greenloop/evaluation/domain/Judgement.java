package io.greenloop.evaluation.domain;

/**
 * A reviewer's recorded judgement (人工评定) of a target the numbers cannot judge: a
 * milestone, or a value whose progress cannot be computed. It holds for its own year; an
 * ACHIEVED judgement also holds for the years after, since a delivered milestone stays
 * delivered.
 *
 * @param year the year judged
 * @param status the status given: achieved, on track, lagging or seriously lagging
 * @param reviewer who judged
 * @param reason why, in the reviewer's words
 */
public record Judgement(int year, Status status, String reviewer, String reason) {

	public Judgement {
		if (status == null || !status.isJudgeable()) {
			throw new IllegalArgumentException(
					"人工评定只能给出已达标、按进度、滞后或严重滞后 / a judgement gives achieved, on track, lagging or seriously lagging");
		}
		if (reviewer == null || reviewer.isBlank() || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("人工评定须有评定人和理由 / a judgement needs a reviewer and a reason");
		}
	}

}
