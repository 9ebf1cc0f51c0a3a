package io.greenloop.waste.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the TSV transcriptions of the 国家危险废物名录 (written by
 * {@code scripts/waste/transcribe_catalogue.py} from the official PDF): one waste a line
 * with code, industry source, description and hazard characteristics; the exemption list
 * one row a line. A line that breaks a rule is refused with its line number.
 */
public final class CatalogueReader {

	private CatalogueReader() {
	}

	public static List<CatalogueEntry> entries(Reader source) throws IOException {
		Set<WasteCode> seen = new HashSet<>();
		return read(source, 4, (cells) -> {
			WasteCode code = WasteCode.of(cells[0]);
			if (!seen.add(code)) {
				throw new IllegalArgumentException("waste code " + code + " is listed twice");
			}
			if (code.isNonSpecificIndustry() != "非特定行业".equals(cells[1])) {
				throw new IllegalArgumentException(
						"industry source '" + cells[1] + "' does not fit code " + code + " (900: 非特定行业)");
			}
			return new CatalogueEntry(code, cells[1], cells[2], cells[3], HazardCharacteristic.parse(cells[3]));
		});
	}

	public static List<Exemption> exemptions(Reader source) throws IOException {
		return read(source, 6,
				(cells) -> new Exemption(Integer.parseInt(cells[0]), cells[1], cells[2], cells[3], cells[4], cells[5]));
	}

	private static <T> List<T> read(Reader source, int columns, Function<String[], T> row) throws IOException {
		List<T> rows = new ArrayList<>();
		BufferedReader lines = new BufferedReader(source);
		String line = lines.readLine();
		int number = 1;
		while ((line = lines.readLine()) != null) {
			number++;
			String[] cells = line.split("\t", -1);
			try {
				if (cells.length != columns) {
					throw new IllegalArgumentException(cells.length + " columns instead of " + columns);
				}
				for (String cell : cells) {
					if (cell.isBlank()) {
						throw new IllegalArgumentException("an empty cell");
					}
				}
				rows.add(row.apply(cells));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Line " + number + ": " + ex.getMessage(), ex);
			}
		}
		return rows;
	}

}
