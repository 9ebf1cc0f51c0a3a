package io.greenloop.waste;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.CatalogueReader;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.EditionInLaw;
import io.greenloop.waste.domain.HazardCategory;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.EditionRepository;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The waste catalogue: the editions of the 国家危险废物名录 (the 2021 edition, built in and read
 * at start-up from {@code src/main/resources/waste/}, and those administrators loaded,
 * read from the database), the edition in force on a date (each edition's own 施行 article,
 * e.g. 2021 第八条), and the general solid waste streams. Kept in memory; a load or removal
 * replaces the list at once ({@link #refresh()}).
 * <p>
 * The current edition, which search and the pages show, is the loaded one in force today.
 */
@Service
public class WasteCatalogue {

	private final Edition builtIn;

	private final List<SolidWasteStream> streams;

	private final EditionRepository repository;

	private final Clock clock;

	private volatile List<Indexed> editions;

	WasteCatalogue(EditionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		this.builtIn = edition("2021", LocalDate.of(2021, 1, 1), "gjwxfwml2021.pdf (部令第15号)",
				"waste/hw-catalogue-2021.tsv", "waste/hw-exemptions-2021.tsv");
		this.streams = read("waste/solid-waste-streams.tsv",
				reader -> new java.io.BufferedReader(reader).lines()
					.skip(1)
					.map(line -> line.split("\t", -1))
					.map(cells -> new SolidWasteStream(cells[0], cells[1], cells[2], cells[3], cells[4]))
					.toList());
	}

	/** An edition with its wastes by code. */
	private record Indexed(Edition edition, Map<String, CatalogueEntry> byCode) {

		static Indexed of(Edition edition) {
			Map<String, CatalogueEntry> byCode = new java.util.HashMap<>();
			edition.entries().forEach(entry -> byCode.put(entry.code().value(), entry));
			return new Indexed(edition, Map.copyOf(byCode));
		}

	}

	private static Edition edition(String name, LocalDate from, String source, String entries, String exemptions) {
		return new Edition(name, from, source, read(entries, WasteCatalogue::entries),
				read(exemptions, WasteCatalogue::exemptions));
	}

	/** Reads the loaded editions again from the database, after a load or a removal. */
	synchronized void refresh() {
		List<Indexed> all = new ArrayList<>();
		all.add(Indexed.of(this.builtIn));
		CatalogueEditionRows.read(this.repository).forEach(edition -> all.add(Indexed.of(edition)));
		all.sort(Comparator.comparing(indexed -> indexed.edition().inForceFrom()));
		this.editions = List.copyOf(all);
	}

	private List<Indexed> indexed() {
		List<Indexed> all = this.editions;
		if (all == null) {
			synchronized (this) {
				if (this.editions == null) {
					refresh();
				}
				all = this.editions;
			}
		}
		return all;
	}

	/** The editions loaded, oldest first. */
	public List<Edition> editions() {
		return indexed().stream().map(Indexed::edition).toList();
	}

	/** The loaded edition so named. */
	public Optional<Edition> edition(String name) {
		return editions().stream().filter(edition -> edition.name().equals(name)).findFirst();
	}

	/** The latest loaded edition in force on the date, if one is. */
	public Optional<Edition> inForceOn(LocalDate date) {
		return indexedOn(date).map(Indexed::edition);
	}

	private Optional<Indexed> indexedOn(LocalDate date) {
		return indexed().stream()
			.filter(indexed -> !indexed.edition().inForceFrom().isAfter(date))
			.max(Comparator.comparing(indexed -> indexed.edition().inForceFrom()));
	}

	/**
	 * The edition in force in law on the date (the latest, of those known in law and
	 * those loaded, in force from that day or before) and the one codes are checked
	 * against.
	 */
	public EditionInForce inForce(LocalDate date) {
		Edition used = inForceOn(date).orElse(null);
		Optional<EditionInLaw> law = EditionInLaw.inForceOn(date);
		boolean lawIsLater = law.isPresent() && (used == null || law.get().inForceFrom().isAfter(used.inForceFrom()));
		if (lawIsLater && edition(law.get().name()).isEmpty()) {
			return new EditionInForce(date, law.get().name(), law.get().inForceFrom(), used, false);
		}
		return new EditionInForce(date, used == null ? null : used.name(), used == null ? null : used.inForceFrom(),
				used, used != null);
	}

	/**
	 * The waste of the code in the loaded edition in force on the date, if it lists it.
	 */
	public Optional<CatalogueEntry> entryOn(String code, LocalDate date) {
		return indexedOn(date).map(indexed -> indexed.byCode().get(code));
	}

	/**
	 * Of the days given, the edition in force on the latest when that edition is not
	 * loaded: records of such days were checked against an older edition.
	 */
	public Optional<EditionInForce> notLoadedOn(java.util.Collection<LocalDate> days) {
		return days.stream().max(Comparator.naturalOrder()).map(this::inForce).filter(inForce -> !inForce.loaded());
	}

	/** The loaded edition in force today (by the clock). */
	public Edition current() {
		return inForceOn(LocalDate.now(this.clock)).orElse(this.builtIn);
	}

	/** The waste of the current edition with the code, if it is listed. */
	public Optional<CatalogueEntry> find(WasteCode code) {
		return entryOn(code.value(), LocalDate.now(this.clock));
	}

	/**
	 * The wastes of the current edition in a category (null: all) whose code, industry
	 * source or description contains the text (null or blank: any).
	 */
	public List<CatalogueEntry> search(HazardCategory category, String text) {
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return current().entries()
			.stream()
			.filter(entry -> category == null || entry.category().equals(category))
			.filter(entry -> needle.isEmpty() || entry.code().value().contains(needle)
					|| entry.description().toLowerCase(Locale.ROOT).contains(needle)
					|| entry.industrySource().contains(needle) || entry.category().name().contains(needle))
			.toList();
	}

	/** How many wastes of the current edition each category has. */
	public Map<HazardCategory, Long> countByCategory() {
		return current().entries()
			.stream()
			.collect(Collectors.groupingBy(CatalogueEntry::category, java.util.LinkedHashMap::new,
					Collectors.counting()));
	}

	public List<SolidWasteStream> streams() {
		return this.streams;
	}

	private static List<CatalogueEntry> entries(Reader reader) {
		try {
			return CatalogueReader.entries(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<io.greenloop.waste.domain.Exemption> exemptions(Reader reader) {
		try {
			return CatalogueReader.exemptions(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> List<T> read(String path, Function<Reader, List<T>> parse) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return new ArrayList<>(parse.apply(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
