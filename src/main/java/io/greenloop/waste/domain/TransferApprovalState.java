package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The steps of a cross-province transfer application (危险废物转移管理办法 第二十一条至第二十八条) and their
 * deadlines in working days. The origin province accepts the application or returns it
 * for missing documents within five working days, or it counts as accepted from receipt
 * (第二十三条); reviews it within five working days of acceptance and, if it agrees, sends the
 * 商请函 (第二十四条); the destination province replies within ten (第二十五条); the origin province
 * decides within five of the reply (第二十六条).
 */
public enum TransferApprovalState {

	SUBMITTED, ACCEPTED, RETURNED, UNDER_DESTINATION_REVIEW, REFUSED_BY_ORIGIN, DESTINATION_AGREED,
	REFUSED_BY_DESTINATION, APPROVED, REFUSED;

	/** A step and the states it is taken from, with its working-day deadline. */
	public enum Step {

		ACCEPT(Set.of(SUBMITTED), 5), RETURN(Set.of(SUBMITTED), 5), ORIGIN_REVIEW(Set.of(SUBMITTED, ACCEPTED), 5),
		DESTINATION_REPLY(Set.of(UNDER_DESTINATION_REVIEW), 10), DECIDE(Set.of(DESTINATION_AGREED), 5);

		private final Set<TransferApprovalState> from;

		private final int workingDays;

		Step(Set<TransferApprovalState> from, int workingDays) {
			this.from = from;
			this.workingDays = workingDays;
		}

		public int workingDays() {
			return this.workingDays;
		}

		public void checkFrom(TransferApprovalState state) {
			if (!this.from.contains(state)) {
				throw new ManifestStateException("An application in state " + state + " cannot take the step " + this
						+ " (only from " + this.from + ")");
			}
		}

	}

	/**
	 * The last day an approval decided on the day is valid (第二十七条): twelve months, but
	 * not beyond the requested period nor the receiver's licence.
	 */
	public static LocalDate validTo(LocalDate decidedOn, LocalDate periodTo, LocalDate licenceValidTo) {
		LocalDate twelveMonths = decidedOn.plusMonths(12).minusDays(1);
		LocalDate end = twelveMonths.isBefore(periodTo) ? twelveMonths : periodTo;
		return end.isBefore(licenceValidTo) ? end : licenceValidTo;
	}

}
