package io.greenloop.evaluation.domain;

import java.math.BigDecimal;

/**
 * One number a result was computed from, so a page can show and link it.
 *
 * @param role what the number was used as
 * @param year its year
 * @param value the number, in the unit of its role (see {@link Role})
 */
public record Input(Role role, int year, BigDecimal value) {

	/** What a number was used as. */
	public enum Role {

		/** The base-year value of the measure (a change since the base year is 0). */
		BASELINE,
		/** The figure to reach, or the lower bound of a range. */
		TARGET,
		/** The upper bound of a range. */
		TARGET_UPPER,
		/** The figure a higher level set for the year (达到国家考核目标). */
		ASSIGNED,
		/** The value of the measure in the year evaluated. */
		OBSERVED,
		/** The value of the previous year, for negative growth and stability. */
		PREVIOUS,
		/** An observed level or yearly change the measure was derived from. */
		SOURCE,
		/** The tolerance of an approximate figure, in the figure's unit. */
		TOLERANCE

	}

}
