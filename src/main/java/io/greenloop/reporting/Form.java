package io.greenloop.reporting;

import java.util.Set;

import io.greenloop.reporting.domain.Cadence;

/**
 * What one submission covers: the targets of one plan, or the source statistics (STATS);
 * how often it is reported; and which levels above the submitter accept it (2 盟市, 1 自治区).
 *
 * @param code the plan's code, or STATS
 * @param name what it is called
 * @param planCode the plan, or null for STATS
 * @param cadence how often
 * @param acceptLevels the levels that accept after the submitting region approved
 */
public record Form(String code, String name, String planCode, Cadence cadence, Set<Integer> acceptLevels) {

	/** The form of the source statistics. */
	public static final String STATS = "STATS";

}
