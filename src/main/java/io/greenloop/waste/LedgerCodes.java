package io.greenloop.waste;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.greenloop.waste.domain.CatalogueEntry;

import org.springframework.stereotype.Component;

/**
 * The waste codes a ledger record may carry: for HAZARDOUS waste a code of the edition of
 * the 国家危险废物名录 in force on the record's date (名录 第八条; when that edition is not loaded,
 * the latest loaded one in force, which {@link #checkedAgainst} says), for GENERAL waste
 * a code of the general solid waste streams; with the catalogue's name.
 */
@Component
class LedgerCodes {

	private final WasteCatalogue catalogue;

	private final Map<String, String> streams;

	LedgerCodes(WasteCatalogue catalogue) {
		this.catalogue = catalogue;
		this.streams = catalogue.streams()
			.stream()
			.collect(Collectors.toMap(SolidWasteStream::code, SolidWasteStream::nameZh));
	}

	/** The catalogue's name of the waste, if the code is one of its kind on the date. */
	Optional<String> name(String kind, String code, LocalDate date) {
		if ("GENERAL".equals(kind)) {
			return Optional.ofNullable(this.streams.get(code));
		}
		return this.catalogue.entryOn(code, date).map(CatalogueEntry::description);
	}

	/** Which edition hazardous codes of the date are checked against, for refusals. */
	String checkedAgainst(LocalDate date) {
		return this.catalogue.inForce(date).checkedAgainst();
	}

}
