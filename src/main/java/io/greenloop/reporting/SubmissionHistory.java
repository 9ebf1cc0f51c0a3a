package io.greenloop.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to a submission: its transitions and every change of a value.
 *
 * @param transitions created, submitted, approved, accepted, returned, reopened: who,
 * when, at which level, why
 * @param changes every value change: who, when, old, new, why
 */
public record SubmissionHistory(List<Step> transitions, List<Change> changes) {

	/**
	 * A transition.
	 *
	 * @param at when
	 * @param by who
	 * @param action what
	 * @param from the state before
	 * @param to the state after
	 * @param regionCode the level it happened at
	 * @param reason why, for a return or a reopening
	 */
	public record Step(Instant at, String by, String action, String from, String to, String regionCode, String reason) {
	}

	/**
	 * A change of a value.
	 *
	 * @param itemCode the item
	 * @param revision the submission's revision it belongs to
	 * @param at when
	 * @param by who
	 * @param oldValue the value before
	 * @param newValue the value after
	 * @param reason why, if given
	 */
	public record Change(String itemCode, int revision, Instant at, String by, String oldValue, String newValue,
			String reason) {
	}

}
