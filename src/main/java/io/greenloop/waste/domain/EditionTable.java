package io.greenloop.waste.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an edition of the 国家危险废物名录 uploaded as rows (the first row the header), with the
 * columns of {@code hw-catalogue-2021.tsv}: {@code code}, {@code industry_source},
 * {@code description}, {@code hazard}, and optionally {@code category}; the exemption
 * list with those of {@code hw-exemptions-2021.tsv}. Every row is checked and every
 * broken rule is reported with its row and column, so that a file is taken whole or not
 * at all: a code written DDD-SSS-CC of one of the 46 categories (名录 第五条（三）, HW41–HW44 do
 * not exist), a category column equal to the code's last two digits, hazard
 * characteristics among T, C, I, R, In (第五条（四）), a description, no code twice.
 */
public final class EditionTable {

	private static final int MAX_ERRORS = 100;

	private static final Map<String, String> ENTRY_COLUMNS = Map.of("code", "code", "废物代码", "code", "industry_source",
			"industry_source", "行业来源", "industry_source", "description", "description", "危险废物", "description", "hazard",
			"hazard", "危险特性", "hazard", "category", "category", "废物类别", "category");

	private static final List<String> EXEMPTION_COLUMNS = List.of("entry", "code_or_category", "waste", "stage",
			"condition", "exemption");

	private EditionTable() {
	}

	/** A rule a row breaks: row 1 is the header. */
	public record RowError(int row, String column, String reason) {
	}

	/** The file breaks the rules in the rows given; nothing of it was taken. */
	public static final class RefusedFileException extends RuntimeException {

		private final String file;

		private final transient List<RowError> errors;

		public RefusedFileException(String file, List<RowError> errors) {
			super(file + ": " + errors.size() + " error(s), nothing loaded; first: row " + errors.get(0).row() + " "
					+ errors.get(0).column() + ": " + errors.get(0).reason());
			this.file = file;
			this.errors = List.copyOf(errors);
		}

		public String file() {
			return this.file;
		}

		public List<RowError> errors() {
			return this.errors;
		}

	}

	/** The wastes of the rows; {@code file} names the upload in errors. */
	public static List<CatalogueEntry> entries(String file, List<List<String>> rows) {
		Map<String, Integer> at = header(file, rows, ENTRY_COLUMNS::get,
				List.of("code", "industry_source", "description", "hazard"));
		List<RowError> errors = new ArrayList<>();
		List<CatalogueEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
			Map<String, String> v = values(rows.get(r), at);
			if (v.values().stream().allMatch(value -> value == null)) {
				continue;
			}
			int row = r + 1;
			CatalogueEntry entry = entry(row, v, errors);
			if (entry != null && !seen.add(entry.code().value())) {
				errors.add(new RowError(row, "code",
						entry.code() + " is listed twice (first in row " + firstRow.get(entry.code().value()) + ")"));
			}
			else if (entry != null) {
				firstRow.put(entry.code().value(), row);
				entries.add(entry);
			}
		}
		refuseIf(file, errors);
		if (entries.isEmpty()) {
			refuseIf(file, List.of(new RowError(2, "code", "The file lists no waste")));
		}
		return entries;
	}

	private static CatalogueEntry entry(int row, Map<String, String> v, List<RowError> errors) {
		int before = errors.size();
		WasteCode code = null;
		try {
			code = WasteCode.of(required(row, "code", v, errors));
		}
		catch (IllegalArgumentException ex) {
			if (v.get("code") != null) {
				errors.add(new RowError(row, "code", ex.getMessage()));
			}
		}
		String category = v.get("category");
		if (category != null) {
			var named = HazardCategory.parse(category);
			if (named.isEmpty()) {
				errors.add(new RowError(row, "category",
						"'" + category + "' is not one of the 46 categories (HW01–HW40, HW45–HW50)"));
			}
			else if (code != null && !named.get().equals(code.category())) {
				errors.add(new RowError(row, "category", "Category " + named.get().code() + " differs from the code's "
						+ code.category().code() + " (the code's last two digits)"));
			}
		}
		String source = required(row, "industry_source", v, errors);
		if (code != null && source != null && code.isNonSpecificIndustry() != "非特定行业".equals(source)) {
			errors.add(new RowError(row, "industry_source",
					"Industry source '" + source + "' does not fit code " + code + " (900: 非特定行业, and only 900)"));
		}
		String description = required(row, "description", v, errors);
		String hazard = required(row, "hazard", v, errors);
		Set<HazardCharacteristic> hazards = null;
		if (hazard != null) {
			try {
				hazards = HazardCharacteristic.parse(hazard);
			}
			catch (IllegalArgumentException ex) {
				errors.add(new RowError(row, "hazard", ex.getMessage()));
			}
		}
		return errors.size() > before ? null : new CatalogueEntry(code, source, description, hazard, hazards);
	}

	/** The exemption rows (豁免管理清单, 名录 第三条) of the rows. */
	public static List<Exemption> exemptions(String file, List<List<String>> rows) {
		Map<String, Integer> at = header(file, rows, name -> EXEMPTION_COLUMNS.contains(name) ? name : null,
				EXEMPTION_COLUMNS);
		List<RowError> errors = new ArrayList<>();
		List<Exemption> exemptions = new ArrayList<>();
		for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
			Map<String, String> v = values(rows.get(r), at);
			if (v.values().stream().allMatch(value -> value == null)) {
				continue;
			}
			int row = r + 1;
			int before = errors.size();
			EXEMPTION_COLUMNS.forEach(column -> required(row, column, v, errors));
			Integer entry = null;
			if (v.get("entry") != null) {
				try {
					entry = Integer.valueOf(v.get("entry"));
				}
				catch (NumberFormatException ex) {
					errors.add(new RowError(row, "entry", "'" + v.get("entry") + "' is not a whole number"));
				}
			}
			if (entry != null && entry < 1) {
				errors.add(new RowError(row, "entry", "The entry number must be 1 or more, not " + entry));
			}
			if (errors.size() == before) {
				exemptions.add(new Exemption(entry, v.get("code_or_category"), v.get("waste"), v.get("stage"),
						v.get("condition"), v.get("exemption")));
			}
		}
		refuseIf(file, errors);
		return exemptions;
	}

	private static Map<String, Integer> header(String file, List<List<String>> rows, Function<String, String> key,
			List<String> required) {
		if (rows.isEmpty()) {
			refuseIf(file, List.of(new RowError(1, "", "The file is empty: it needs a header row")));
		}
		Map<String, Integer> at = new HashMap<>();
		List<String> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
			String name = key.apply(cell.toLowerCase(Locale.ROOT));
			if (name != null) {
				at.putIfAbsent(name, i);
			}
		}
		List<RowError> errors = new ArrayList<>();
		required.stream()
			.filter(column -> !at.containsKey(column))
			.forEach(column -> errors.add(new RowError(1, column, "The column " + column + " is missing")));
		refuseIf(file, errors);
		return at;
	}

	private static Map<String, String> values(List<String> cells, Map<String, Integer> at) {
		Map<String, String> v = new HashMap<>();
		at.forEach((column, i) -> {
			String cell = i < cells.size() ? cells.get(i) : null;
			v.put(column, cell == null || cell.isBlank() ? null : cell.strip());
		});
		return v;
	}

	private static String required(int row, String column, Map<String, String> v, List<RowError> errors) {
		String value = v.get(column);
		if (value == null) {
			errors.add(new RowError(row, column, "The " + column + " is empty"));
		}
		return value;
	}

	private static void refuseIf(String file, List<RowError> errors) {
		if (!errors.isEmpty()) {
			throw new RefusedFileException(file, errors);
		}
	}

}
