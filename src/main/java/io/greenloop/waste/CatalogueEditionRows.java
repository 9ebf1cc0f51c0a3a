package io.greenloop.waste;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.Exemption;
import io.greenloop.waste.domain.HazardCharacteristic;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.EditionRepository;
import io.greenloop.waste.persistence.EditionRepository.EntryRow;
import io.greenloop.waste.persistence.EditionRepository.ExemptionRow;

/** The loaded editions as the catalogue holds them, read from their V8 tables. */
final class CatalogueEditionRows {

	private CatalogueEditionRows() {
	}

	static List<Edition> read(EditionRepository repository) {
		Map<String, List<EntryRow>> entries = repository.entries()
			.stream()
			.collect(Collectors.groupingBy(EntryRow::edition));
		Map<String, List<ExemptionRow>> exemptions = repository.exemptions()
			.stream()
			.collect(Collectors.groupingBy(ExemptionRow::edition));
		List<Edition> editions = new ArrayList<>();
		for (EditionRepository.EditionRow row : repository.editions()) {
			editions.add(new Edition(row.name(), row.inForceFrom(), row.source(),
					entries.getOrDefault(row.name(), List.of())
						.stream()
						.map(e -> new CatalogueEntry(WasteCode.of(e.code()), e.industrySource(), e.description(),
								e.hazard(), HazardCharacteristic.parse(e.hazard())))
						.toList(),
					exemptions.getOrDefault(row.name(), List.of())
						.stream()
						.map(e -> new Exemption(e.entry(), e.codeOrCategory(), e.waste(), e.stage(), e.condition(),
								e.exemption()))
						.toList()));
		}
		return editions;
	}

}
