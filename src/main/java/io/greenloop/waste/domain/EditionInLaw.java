package io.greenloop.waste.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An edition the 国家危险废物名录 has had in law, whether or not its table is loaded here: the
 * 2021 edition (部令第15号, 第八条: in force from 2021-01-01, 467 wastes, built in) and the 2025
 * edition (adopted 2024-11-08, in force from 2025-01-01, 470 wastes: REFERENCE.md §5,
 * from the news of 2024-12-04 reprinting the MEE's explanation). Only what is known is
 * written here; the 2025 table is not shipped, so none of its codes are.
 *
 * @param name e.g. "2025"
 * @param inForceFrom the day it came into force
 * @param wasteCount how many wastes its 附表 lists: a loaded table must have as many
 * @param instrument the order that issued it, as far as known
 * @param source where what is said here comes from
 * @param knownChanges what is known of its changes to the edition before (empty: none
 * told)
 */
public record EditionInLaw(String name, LocalDate inForceFrom, int wasteCount, String instrument, String source,
		String knownChanges) {

	/** The editions that matter for records kept from 2021 on, oldest first. */
	public static final List<EditionInLaw> ALL = List.of(
			new EditionInLaw("2021", LocalDate.of(2021, 1, 1), 467, "部令第15号", "gjwxfwml2021.txt (official text, 第八条)",
					""),
			new EditionInLaw("2025", LocalDate.of(2025, 1, 1), 470, "adopted 2024-11-08",
					"REFERENCE.md §5 (news of 2024-12-04 reprinting the MEE's explanation)",
					"470 wastes, 3 more than 2021's 467: two codes merged into one, one code split, four tin-smelting "
							+ "(锡冶炼) wastes added; some descriptions and hazard characteristics reworded; 6 notes "
							+ "added; 第六条第二款 changed (a waste found hazardous by identification is first classed "
							+ "under an existing code, only otherwise 900-000-××); the exemption list changed. "
							+ "The codes are not known here."));

	/**
	 * The edition in law in force on the date: the latest in force from that day or
	 * before.
	 */
	public static Optional<EditionInLaw> inForceOn(LocalDate date) {
		return ALL.stream()
			.filter(edition -> !edition.inForceFrom().isAfter(date))
			.max(Comparator.comparing(EditionInLaw::inForceFrom));
	}

	/** The edition in law so named. */
	public static Optional<EditionInLaw> named(String name) {
		return ALL.stream().filter(edition -> edition.name().equals(name)).findFirst();
	}

}
