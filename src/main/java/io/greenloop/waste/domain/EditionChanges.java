package io.greenloop.waste.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one edition of the 国家危险废物名录 to another, found by comparing their
 * tables code by code: the codes added, the codes removed, and the codes in both whose
 * description, category, hazard characteristics or industry source (行业来源) differ. A
 * merged code shows as removed codes and an added one, a split one the other way round:
 * the tables alone do not say which went where.
 *
 * @param from the older edition's name
 * @param to the newer edition's name
 * @param added wastes only the newer edition lists
 * @param removed wastes only the older edition lists
 * @param changed wastes both list, with what differs
 */
public record EditionChanges(String from, String to, List<CatalogueEntry> added, List<CatalogueEntry> removed,
		List<Changed> changed) {

	/**
	 * A waste both editions list whose row differs.
	 *
	 * @param before its row in the older edition
	 * @param after its row in the newer edition
	 * @param fields what differs: description, category, hazard, industrySource
	 */
	public record Changed(CatalogueEntry before, CatalogueEntry after, List<String> fields) {

		public String code() {
			return this.after.code().value();
		}

	}

	public static EditionChanges between(Edition from, Edition to) {
		Map<WasteCode, CatalogueEntry> older = byCode(from.entries());
		Map<WasteCode, CatalogueEntry> newer = byCode(to.entries());
		List<CatalogueEntry> added = new ArrayList<>();
		List<Changed> changed = new ArrayList<>();
		newer.forEach((code, entry) -> {
			CatalogueEntry before = older.get(code);
			if (before == null) {
				added.add(entry);
			}
			else {
				List<String> fields = fields(before, entry);
				if (!fields.isEmpty()) {
					changed.add(new Changed(before, entry, fields));
				}
			}
		});
		List<CatalogueEntry> removed = older.values().stream().filter(e -> !newer.containsKey(e.code())).toList();
		return new EditionChanges(from.name(), to.name(), List.copyOf(added), removed, List.copyOf(changed));
	}

	private static List<String> fields(CatalogueEntry before, CatalogueEntry after) {
		List<String> fields = new ArrayList<>();
		if (!before.description().equals(after.description())) {
			fields.add("description");
		}
		if (!before.category().equals(after.category())) {
			fields.add("category");
		}
		if (!Objects.equals(before.hazards(), after.hazards())) {
			fields.add("hazard");
		}
		if (!before.industrySource().equals(after.industrySource())) {
			fields.add("industrySource");
		}
		return fields;
	}

	private static Map<WasteCode, CatalogueEntry> byCode(List<CatalogueEntry> entries) {
		Map<WasteCode, CatalogueEntry> byCode = new LinkedHashMap<>();
		entries.forEach(entry -> byCode.put(entry.code(), entry));
		return byCode;
	}

}
