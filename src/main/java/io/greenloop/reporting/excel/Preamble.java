package io.greenloop.reporting.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key/value lines a template carries above its header row, such as "规划 | 003", "地区 |
 * 150100", "期间 | 2025Q3", which tell the caller what the rows are about. Read from each
 * row above the header: its first non-blank cell is the key (trimmed, a trailing "：" or
 * ":" removed), the next non-blank cell the value; rows with a single cell (a title)
 * carry no pair, and of repeated keys the first counts.
 *
 * @param values the pairs, in the order of their rows
 * @param headerRowNumber the 1-based number of the header row
 */
public record Preamble(Map<String, String> values, int headerRowNumber) {

	public Preamble {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

}
