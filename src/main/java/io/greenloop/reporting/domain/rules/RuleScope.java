package io.greenloop.reporting.domain.rules;

import java.util.Objects;

/**
 * Which items a rule applies to; each null field means "any". A range of 0 to 100 only
 * makes sense for percentages that are levels, not for a decline of 15.5% since 2020 that
 * could in principle exceed it, so rules narrow by unit, measure, item or concept.
 *
 * @param unit the indicator's unit, compared after full-width forms become half-width
 * ("％" is "%") and spaces are dropped
 * @param measure the target's measure, such as LEVEL or DECLINE_FROM_BASE
 * @param itemCode one item only
 * @param concept the indicator concept's code: the same measure across plans and regions
 * @param numericOnly whether items reported as text are left out
 */
public record RuleScope(String unit, String measure, String itemCode, String concept, boolean numericOnly) {

	/** Every item. */
	public static final RuleScope ANY = new RuleScope(null, null, null, null, false);

	/** Every item reported as a number. */
	public static final RuleScope NUMERIC = new RuleScope(null, null, null, null, true);

	/** Blank fields, as a form submits them, mean "any" like null ones. */
	public RuleScope {
		unit = blankToNull(unit);
		measure = blankToNull(measure);
		itemCode = blankToNull(itemCode);
		concept = blankToNull(concept);
	}

	public boolean covers(ItemFacts item) {
		return (this.unit == null || UnitText.same(this.unit, item.expectedUnit()))
				&& matches(this.measure, item.measure()) && matches(this.itemCode, item.code())
				&& matches(this.concept, item.concept()) && (!this.numericOnly || item.numeric());
	}

	private static boolean matches(String wanted, String actual) {
		return wanted == null || (actual != null && Objects.equals(wanted, actual.strip()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
