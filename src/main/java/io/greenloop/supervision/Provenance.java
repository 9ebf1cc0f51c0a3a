package io.greenloop.supervision;

import java.util.List;

/**
 * Where in a seed document something is stated.
 *
 * @param document the seed's file name
 * @param lines the first and last line, 1-based
 * @param quote the words, whitespace aside; fragments joined by " … " skip layout
 * artefacts
 */
public record Provenance(String document, List<Integer> lines, String quote) {
}
