package io.greenloop.plan;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan or set of measures, with how many targets it sets.
 *
 * @param code the seed's code (000-004)
 * @param document the seed's file name
 * @param title the title
 * @param kind 规划, 具体措施, 任务分工方案 or 实施方案
 * @param issuer who issued it, when printed
 * @param number the document number, such as 鄂府发〔2022〕144号
 * @param issuedOn when it was issued, when printed
 * @param region the GB/T 2260 code of the region it governs
 * @param regionName that region's name
 * @param periodStart the first year of its period
 * @param periodEnd the last year of its period
 * @param baseYear the year its baselines refer to
 * @param note what a reader needs to know about it
 * @param targetCount how many targets it sets
 * @param source where its identity is printed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(String code, String document, String title, PlanKind kind, String issuer, String number,
		LocalDate issuedOn, String region, String regionName, Integer periodStart, Integer periodEnd, Integer baseYear,
		String note, int targetCount, IndicatorView.Source source) {
}
