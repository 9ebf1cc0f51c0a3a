package io.greenloop.waste.domain;

import java.util.Set;

/**
 * The life of a transfer manifest (危险废物转移管理办法 第十至十八条, 第二十条). A 移出人 drafts it and issues
 * it (DRAFT → ISSUED, numbered and signed); the first 承运人 picks up (IN_TRANSIT), later
 * carriers take over in turn (联运, 第十七条), the last delivers (DELIVERED); the 接受人 checks
 * the waste and confirms (RECEIVED, 第十八条第一款) or reports a difference of name, quantity,
 * characteristics, form or packaging (DISCREPANCY, 第十八条第二款) and then accepts (RECEIVED,
 * the received quantity kept beside the sent one) or refuses (REJECTED); the treatment
 * result closes it (CLOSED, 第十二条第四项). A manifest first run on paper (PAPER, 第二十条第二款) is
 * back-filled through the same steps.
 */
public enum ManifestState {

	DRAFT, PAPER, ISSUED, IN_TRANSIT, DELIVERED, DISCREPANCY, RECEIVED, REJECTED, CLOSED;

	/** A step of the manifest and the states it may be taken from. */
	public enum Step {

		ISSUE(Set.of(DRAFT, PAPER)), PICK_UP(Set.of(ISSUED)), HAND_OVER(Set.of(IN_TRANSIT)),
		DELIVER(Set.of(IN_TRANSIT)), RECEIVE(Set.of(DELIVERED)), DECIDE(Set.of(DISCREPANCY)), CLOSE(Set.of(RECEIVED)),
		CORRECT(Set.of(ISSUED, IN_TRANSIT, DELIVERED, DISCREPANCY, RECEIVED, REJECTED, CLOSED));

		private final Set<ManifestState> from;

		Step(Set<ManifestState> from) {
			this.from = from;
		}

		/** Refuses the step from a state it may not be taken from. */
		public void checkFrom(ManifestState state) {
			if (!this.from.contains(state)) {
				throw new ManifestStateException("A manifest in state " + state + " cannot take the step " + this
						+ " (only from " + this.from + ")");
			}
		}

	}

	/** Whether nothing more happens to the transfer. */
	public boolean isFinal() {
		return this == RECEIVED || this == REJECTED || this == CLOSED;
	}

}
