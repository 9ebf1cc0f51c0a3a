package io.greenloop.reporting.events;

/**
 * An administrator changed how reporting works: a validation rule, a period's window, a
 * form's approval levels, an assignment, or imported values in bulk; for the audit log.
 *
 * @param subject what was changed, such as "rule PERCENT_RANGE" or "period 2025Q3"
 * @param by who
 * @param detail the change, in words
 */
public record ReportingConfigurationChanged(String subject, String by, String detail) {
}
