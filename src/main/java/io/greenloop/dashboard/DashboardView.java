package io.greenloop.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the leaders' dashboard shows for one region, year and plan: the stored evaluation
 * results of the region and the regions below it, counted and ranked. What
 * {@code GET /api/dashboard} answers, and what the page draws.
 *
 * @param region the region shown
 * @param path the regions from the autonomous region down to it, for the breadcrumb
 * @param year the year shown
 * @param plan the plan shown, or null for all
 * @param years the years with results, for the trend and the year picker
 * @param tally the targets of the year by status
 * @param trend the same, year by year
 * @param areas the divisions directly below the region (the 12 盟市 below the autonomous
 * region, the 旗县 below a 盟市), each with its tally and, when an indicator is chosen, its
 * latest value
 * @param indicator the indicator the map is coloured by, or null for the share on track
 * @param indicators the indicators it can be coloured by: the concepts with results in
 * the divisions below
 * @param lagging the lagging targets of the year, the seriously lagging first (at most
 * {@value Tallies#LAGGING_SHOWN})
 * @param laggingTotal how many targets lag in all
 * @param demo whether any value shown is demonstration data (演示数据)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DashboardView(Place region, List<Place> path, int year, String plan, List<Integer> years, Tally tally,
		List<YearTally> trend, List<Area> areas, Indicator indicator, List<Choice> indicators, List<Lagging> lagging,
		long laggingTotal, boolean demo) {

	/**
	 * A region.
	 *
	 * @param code its GB/T 2260 code
	 * @param name its name
	 * @param level 1 the autonomous region, 2 a 盟市, 3 a 旗县
	 */
	public record Place(String code, String name, int level) {
	}

	/**
	 * Targets counted by status.
	 *
	 * @param counts how many targets have each status, every status present (ACHIEVED,
	 * ON_TRACK, LAGGING, SERIOUSLY_LAGGING, NEEDS_JUDGEMENT, NO_DATA)
	 * @param total how many targets in all
	 * @param evaluated how many have a verdict (achieved, on track, lagging or seriously
	 * lagging)
	 * @param onTrack how many of them are achieved or on track
	 * @param share onTrack / evaluated, or null when none is evaluated
	 */
	public record Tally(Map<String, Long> counts, long total, long evaluated, long onTrack, Double share) {
	}

	/**
	 * One year of the trend.
	 *
	 * @param year the year
	 * @param tally its targets by status
	 */
	public record YearTally(int year, Tally tally) {
	}

	/**
	 * A division below the region shown.
	 *
	 * @param code its code
	 * @param name its name
	 * @param tally the targets of it and below it, by status
	 * @param reading the chosen indicator's latest value there, if an indicator is chosen
	 * and it has one
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Area(String code, String name, Tally tally, Reading reading) {
	}

	/**
	 * The latest value of a target in a region, up to the year shown.
	 *
	 * @param targetCode the target
	 * @param year the year of the value
	 * @param value the value
	 * @param status the target's status in that year
	 * @param valueSource where the value came from ("SUBMISSION 12 r2")
	 * @param sourceLink the page that shows it
	 * @param demo whether it is demonstration data
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Reading(String targetCode, int year, BigDecimal value, String status, String valueSource,
			String sourceLink, boolean demo) {
	}

	/**
	 * The indicator the map is coloured by.
	 *
	 * @param code the concept's or target's code, as asked for
	 * @param name its name
	 * @param unit its unit
	 * @param direction HIGHER_IS_BETTER, LOWER_IS_BETTER or NONE
	 * @param targets the targets measuring it
	 */
	public record Indicator(String code, String name, String unit, String direction, List<String> targets) {
	}

	/**
	 * An indicator to choose.
	 *
	 * @param code the concept's code
	 * @param name its name
	 */
	public record Choice(String code, String name) {
	}

	/**
	 * A lagging target in a region.
	 *
	 * @param targetCode the target
	 * @param targetName the indicator as the plan words it
	 * @param planCode its plan
	 * @param regionCode the region
	 * @param regionName its name
	 * @param status LAGGING or SERIOUSLY_LAGGING
	 * @param value the year's value
	 * @param unit its unit
	 * @param expected the value expected on the trajectory
	 * @param gap value − expected, positive when ahead
	 * @param targetText the target as printed
	 * @param responsible the units answering for it: lead units first
	 * @param valueSource where the value came from
	 * @param sourceLink the page that shows it
	 * @param demo whether the value is demonstration data
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Lagging(String targetCode, String targetName, String planCode, String regionCode, String regionName,
			String status, BigDecimal value, String unit, BigDecimal expected, BigDecimal gap, String targetText,
			String responsible, String valueSource, String sourceLink, boolean demo) {
	}

}
