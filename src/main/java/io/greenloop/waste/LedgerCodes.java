package io.greenloop.waste;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.Edition;

import org.springframework.stereotype.Component;

/**
 * The waste codes a ledger record may carry: for HAZARDOUS waste a code of the edition of
 * the 国家危险废物名录 in force on the record's date (名录 第八条), for GENERAL waste a code of the
 * general solid waste streams; with the catalogue's name. Looked up by code in memory.
 */
@Component
class LedgerCodes {

	private final WasteCatalogue catalogue;

	private final Map<String, Map<String, String>> byEdition = new ConcurrentHashMap<>();

	private final Map<String, String> streams;

	private final Map<LocalDate, Optional<Map<String, String>>> byDate = new ConcurrentHashMap<>();

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
		return this.byDate
			.computeIfAbsent(date,
					day -> this.catalogue.inForceOn(day)
						.map(edition -> this.byEdition.computeIfAbsent(edition.name(), name -> names(edition))))
			.map(names -> names.get(code));
	}

	private static Map<String, String> names(Edition edition) {
		return edition.entries()
			.stream()
			.collect(Collectors.toMap(entry -> entry.code().value(), CatalogueEntry::description, (a, b) -> a));
	}

}
