package io.greenloop.waste;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.EditionChanges;
import io.greenloop.waste.domain.EditionInLaw;
import io.greenloop.waste.domain.EditionTable;
import io.greenloop.waste.domain.Exemption;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.persistence.EditionRepository;
import io.greenloop.waste.persistence.EditionRepository.EditionRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loading editions of the 国家危险废物名录 (名录 第七条: the catalogue is adjusted as needed, each
 * edition in force from its own date), which administrators do from a file with the
 * columns of the built-in 2021 table, and comparing two loaded editions. An edition known
 * in law ({@link EditionInLaw}: the 2025 edition) takes its date from the law and must
 * list exactly as many wastes as the law's edition does (470); any other edition is named
 * and dated by the administrator. A file is taken whole or not at all; once committed,
 * the catalogue answers with the edition at once.
 */
@Service
public class CatalogueEditions {

	private final WasteCatalogue catalogue;

	private final EditionRepository editions;

	private final CurrentAccount account;

	private final Clock clock;

	CatalogueEditions(WasteCatalogue catalogue, EditionRepository editions, CurrentAccount account, Clock clock) {
		this.catalogue = catalogue;
		this.editions = editions;
		this.account = account;
		this.clock = clock;
	}

	/**
	 * An uploaded table: the file's name and bytes, and its rows (header first) as read.
	 */
	public record UploadedTable(String fileName, byte[] content, List<List<String>> rows) {
	}

	/**
	 * Loads an edition.
	 *
	 * @param name the edition's name, e.g. "2025"
	 * @param inForceFrom the day it comes into force (null for an edition known in law)
	 * @param source where the table comes from (the official text it was transcribed
	 * from)
	 * @param table the 附表
	 * @param exemptions the 豁免管理清单 (null: none loaded)
	 */
	public record LoadEdition(String name, LocalDate inForceFrom, String source, UploadedTable table,
			UploadedTable exemptions) {
	}

	/** An edition known in law or loaded, as the catalogue page and API list it. */
	public record EditionStatus(String name, LocalDate inForceFrom, int wastes, int exemptionRows, boolean loaded,
			boolean builtIn, String source, String knownChanges, String fileName, String fileSha256, String loadedBy,
			OffsetDateTime loadedAt) {
	}

	@Transactional
	public EditionStatus load(LoadEdition command) {
		if (!this.account.scope().isAdmin()) {
			throw new NotPermittedException("Only administrators load editions of the 国家危险废物名录");
		}
		String name = name(command.name());
		Optional<EditionInLaw> law = EditionInLaw.named(name);
		LocalDate from = inForceFrom(law, command.inForceFrom());
		if (this.editions.exists(name)) {
			throw new DuplicateRegistrationException("name", "The " + name + " edition is loaded already");
		}
		if (this.editions.startsOn(from)) {
			throw new DuplicateRegistrationException("inForceFrom", "A loaded edition is in force from " + from);
		}
		if (command.table() == null || command.table().content() == null || command.table().content().length == 0) {
			throw new InvalidInputException("file", "Choose the file of the edition's table (.xlsx, .csv or .tsv)");
		}
		List<CatalogueEntry> entries = EditionTable.entries(command.table().fileName(), command.table().rows());
		if (law.isPresent() && entries.size() != law.get().wasteCount()) {
			throw new InvalidInputException("file",
					"The " + name + " edition lists " + law.get().wasteCount() + " wastes (" + law.get().source()
							+ "); " + command.table().fileName() + " has " + entries.size() + ": nothing loaded");
		}
		UploadedTable exempt = command.exemptions() != null && command.exemptions().content() != null
				&& command.exemptions().content().length > 0 ? command.exemptions() : null;
		List<Exemption> exemptions = exempt == null ? List.of()
				: EditionTable.exemptions(exempt.fileName(), exempt.rows());
		String source = command.source() == null || command.source().isBlank()
				? "uploaded file " + command.table().fileName() : command.source().strip();
		EditionRow row = new EditionRow(name, from, source, command.table().fileName(),
				sha256(command.table().content()), exempt == null ? null : exempt.fileName(),
				exempt == null ? null : sha256(exempt.content()), this.account.scope().username(), null);
		this.editions.insert(row, this.clock.instant(), entries, exemptions);
		refreshAfterCommit();
		return new EditionStatus(name, from, entries.size(), exemptions.size(), true, false, source,
				law.map(EditionInLaw::knownChanges).orElse(""), row.fileName(), row.fileSha256(), row.loadedBy(),
				OffsetDateTime.now(this.clock));
	}

	/** Removes a loaded edition: codes are checked against the one before it again. */
	@Transactional
	public void remove(String name) {
		if (!this.account.scope().isAdmin()) {
			throw new NotPermittedException("Only administrators remove editions of the 国家危险废物名录");
		}
		if (!this.editions.delete(name)) {
			throw new InvalidInputException("name",
					"No loaded edition is named '" + name + "' (the 2021 edition " + "is built in and stays)");
		}
		refreshAfterCommit();
	}

	/** The codes added, removed and changed from one loaded edition to another. */
	public EditionChanges changes(String from, String to) {
		return EditionChanges.between(loaded("from", from), loaded("to", to));
	}

	/** The editions known in law and those loaded, oldest first. */
	public List<EditionStatus> overview() {
		Map<String, EditionStatus> all = new LinkedHashMap<>();
		Map<String, EditionRow> rows = new LinkedHashMap<>();
		this.editions.editions().forEach(row -> rows.put(row.name(), row));
		for (EditionInLaw law : EditionInLaw.ALL) {
			Optional<Edition> edition = this.catalogue.edition(law.name());
			all.put(law.name(), status(law.name(), law.inForceFrom(), edition, law.wasteCount(), law.source(),
					law.knownChanges(), rows.get(law.name())));
		}
		for (Edition edition : this.catalogue.editions()) {
			all.computeIfAbsent(edition.name(), name -> status(name, edition.inForceFrom(), Optional.of(edition), 0,
					edition.source(), "", rows.get(name)));
		}
		return all.values().stream().sorted(java.util.Comparator.comparing(EditionStatus::inForceFrom)).toList();
	}

	private static EditionStatus status(String name, LocalDate from, Optional<Edition> edition, int known,
			String source, String changes, EditionRow row) {
		return new EditionStatus(name, from, edition.map(e -> e.entries().size()).orElse(known),
				edition.map(e -> e.exemptions().size()).orElse(0), edition.isPresent(),
				edition.isPresent() && row == null, edition.map(Edition::source).orElse(source), changes,
				row == null ? null : row.fileName(), row == null ? null : row.fileSha256(),
				row == null ? null : row.loadedBy(), row == null ? null : row.loadedAt());
	}

	private Edition loaded(String field, String name) {
		return this.catalogue.edition(name == null ? "" : name.strip())
			.orElseThrow(() -> new InvalidInputException(field, "No edition named '" + name + "' is loaded"));
	}

	private static String name(String given) {
		String name = given == null ? "" : given.strip();
		if (!name.matches("[A-Za-z0-9._-]{1,40}")) {
			throw new InvalidInputException("name", "An edition's name is 1 to 40 letters, digits, '.', '_' or '-' "
					+ "(e.g. 2025), not '" + name + "'");
		}
		if ("2021".equals(name)) {
			throw new DuplicateRegistrationException("name", "The 2021 edition is built in (部令第15号)");
		}
		return name;
	}

	private static LocalDate inForceFrom(Optional<EditionInLaw> law, LocalDate given) {
		if (law.isPresent()) {
			if (given != null && !given.equals(law.get().inForceFrom())) {
				throw new InvalidInputException("inForceFrom", "The " + law.get().name() + " edition is in force from "
						+ law.get().inForceFrom() + ", not " + given);
			}
			return law.get().inForceFrom();
		}
		if (given == null) {
			throw new InvalidInputException("inForceFrom", "The day the edition comes into force is required");
		}
		if (!given.isAfter(LocalDate.of(2021, 1, 1))) {
			throw new InvalidInputException("inForceFrom",
					"An edition loaded comes into force after the built-in 2021 edition (2021-01-01), not on " + given);
		}
		return given;
	}

	private void refreshAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				CatalogueEditions.this.catalogue.refresh();
			}
		});
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
