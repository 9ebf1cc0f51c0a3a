package io.greenloop.waste;

import java.time.LocalDate;

import io.greenloop.waste.domain.Edition;

/**
 * Which edition of the 国家危险废物名录 was in force on a day (名录 第八条 and its successors), and
 * which one the platform checks codes against: the latest loaded edition in force that
 * day. When the edition in force is not loaded (the 2025 edition, whose table is not
 * shipped), codes are checked against the one before, and callers say so.
 *
 * @param day the day asked about
 * @param legalName the edition in force in law that day (null: none known or loaded)
 * @param legalFrom the day it came into force
 * @param used the edition codes are checked against (null: none loaded is in force)
 * @param loaded whether the edition in force is the one used
 */
public record EditionInForce(LocalDate day, String legalName, LocalDate legalFrom, Edition used, boolean loaded) {

	/**
	 * What the check was made against, for messages: "the 2021 edition", or "the 2021
	 * edition, because the 2025 edition, in force since 2025-01-01, is not loaded".
	 */
	public String checkedAgainst() {
		if (this.used == null) {
			return "no edition loaded in force on " + this.day;
		}
		String checked = "the " + this.used.name() + " edition";
		return this.loaded ? checked : checked + ", because the " + this.legalName + " edition, in force since "
				+ this.legalFrom + ", is not loaded";
	}

}
