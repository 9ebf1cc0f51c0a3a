package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger's rules need to know about one site and the world outside the request:
 * its facilities, its batches already recorded, licences, the catalogue.
 */
public interface LedgerFacts {

	/** The kind (PRODUCTION, STORAGE, UTILISATION, DISPOSAL) of the site's facility. */
	Optional<String> facilityKind(String code);

	/** A batch of the site already recorded at the stage. */
	Optional<Batch> batch(LedgerStage stage, String batchCode);

	/** A 危险废物经营许可证 by its number. */
	Optional<Licence> licence(String number);

	/**
	 * The catalogue's name of the waste, if the code is one of the kind: a code of the 名录
	 * edition in force on the date (HAZARDOUS) or of the general solid waste streams
	 * (GENERAL).
	 */
	Optional<String> catalogueName(String kind, String code, LocalDate date);

	/**
	 * Which edition of the 名录 hazardous codes of the date are checked against, as a
	 * refusal says it: "the 2021 edition", with why when the edition in force is not
	 * loaded.
	 */
	default String catalogueCheckedAgainst(LocalDate date) {
		return "the edition in force";
	}

	/**
	 * Whether the site's enterprise holds a licence valid on the date: a receiving
	 * operator, whose storage starts from a transfer manifest rather than its own
	 * generation.
	 */
	boolean receivingOperator(LocalDate date);

	/**
	 * A batch: what it holds and what later records already took from it.
	 *
	 * @param wasteCode its waste
	 * @param quantityT what it holds
	 * @param takenT what later records took out of it
	 * @param occurredAt when it was recorded as happening
	 */
	record Batch(String wasteCode, BigDecimal quantityT, BigDecimal takenT, Instant occurredAt) {

		public BigDecimal remainingT() {
			return this.quantityT.subtract(this.takenT);
		}

		public Batch take(BigDecimal quantity) {
			return new Batch(this.wasteCode, this.quantityT, this.takenT.add(quantity), this.occurredAt);
		}

	}

	/**
	 * A licence's validity, permitted codes and activities.
	 */
	record Licence(String number, LocalDate validFrom, LocalDate validTo, Set<String> wasteCodes,
			Set<String> activities) {

	}

}
