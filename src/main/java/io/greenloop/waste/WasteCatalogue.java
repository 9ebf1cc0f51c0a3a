package io.greenloop.waste;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import io.greenloop.waste.domain.HazardCategory;
import io.greenloop.waste.domain.WasteCode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The waste catalogue: the editions of the 国家危险废物名录 (the 2021 edition, read at start-up
 * from {@code src/main/resources/waste/}), the edition in force on a date, and the
 * general solid waste streams. Reference data that never changes while running, so it is
 * kept in memory rather than in tables.
 */
@Service
public class WasteCatalogue {

	private final List<Edition> editions;

	private final List<SolidWasteStream> streams;

	WasteCatalogue() {
		this.editions = List.of(edition("2021", LocalDate.of(2021, 1, 1), "gjwxfwml2021.pdf (部令第15号)",
				"waste/hw-catalogue-2021.tsv", "waste/hw-exemptions-2021.tsv"));
		this.streams = read("waste/solid-waste-streams.tsv",
				reader -> new java.io.BufferedReader(reader).lines()
					.skip(1)
					.map(line -> line.split("\t", -1))
					.map(cells -> new SolidWasteStream(cells[0], cells[1], cells[2], cells[3], cells[4]))
					.toList());
	}

	private static Edition edition(String name, LocalDate from, String source, String entries, String exemptions) {
		return new Edition(name, from, source, read(entries, WasteCatalogue::entries),
				read(exemptions, WasteCatalogue::exemptions));
	}

	/** The editions loaded, oldest first. */
	public List<Edition> editions() {
		return this.editions;
	}

	/** The edition in force on the date, if one is loaded. */
	public Optional<Edition> inForceOn(LocalDate date) {
		return this.editions.stream()
			.filter(edition -> !edition.inForceFrom().isAfter(date))
			.max(Comparator.comparing(Edition::inForceFrom));
	}

	/** The latest edition loaded. */
	public Edition current() {
		return this.editions.get(this.editions.size() - 1);
	}

	/** The waste of the current edition with the code, if it is listed. */
	public Optional<CatalogueEntry> find(WasteCode code) {
		return current().entries().stream().filter(entry -> entry.code().equals(code)).findFirst();
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
