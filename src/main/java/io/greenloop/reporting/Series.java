package io.greenloop.reporting;

/**
 * A source statistic that indicators divide by (GDP, 工业增加值, population, area), reported
 * like a target.
 *
 * @param code its code, such as gdp
 * @param name its name
 * @param unit its unit
 * @param definition what it is
 */
public record Series(String code, String name, String unit, String definition) {
}
