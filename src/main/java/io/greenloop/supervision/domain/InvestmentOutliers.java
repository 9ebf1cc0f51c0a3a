package io.greenloop.supervision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which planned investments of a project list look wrong: more than ten times the list's
 * median, or less than a tenth of it, an order of magnitude off the projects around them
 * (Hohhot's 1,262,700 万元 for a mine's remediation among figures of thousands and tens of
 * thousands). Such figures are flagged for someone to check against the original
 * document, never changed.
 */
public final class InvestmentOutliers {

	/** How far from the median a figure must be to be flagged. */
	public static final BigDecimal FACTOR = BigDecimal.TEN;

	private InvestmentOutliers() {
	}

	/**
	 * The positions in the list of the figures to check; the list may hold nulls (no
	 * figure), which are neither counted nor flagged.
	 */
	public static List<Integer> of(List<BigDecimal> investments) {
		List<BigDecimal> figures = investments.stream().filter(Objects::nonNull).sorted().toList();
		List<Integer> flagged = new ArrayList<>();
		if (figures.size() < 3) {
			return flagged;
		}
		BigDecimal median = median(figures);
		for (int i = 0; i < investments.size(); i++) {
			BigDecimal figure = investments.get(i);
			if (figure != null && (figure.compareTo(median.multiply(FACTOR)) > 0
					|| figure.multiply(FACTOR).compareTo(median) < 0)) {
				flagged.add(i);
			}
		}
		return flagged;
	}

	private static BigDecimal median(List<BigDecimal> sorted) {
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
	}

}
