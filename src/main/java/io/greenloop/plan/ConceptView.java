package io.greenloop.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator concept: one measure that targets in several plans and regions set figures
 * for.
 *
 * @param code its code, such as energy-intensity
 * @param name its name
 * @param unit its unit
 * @param direction which way it is better
 * @param definition what it measures
 * @param formula how it is computed
 * @param targetCount how many targets measure it
 * @param planCodes the plans that set targets for it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConceptView(String code, String name, String unit, Direction direction, String definition, String formula,
		int targetCount, List<String> planCodes) {
}
