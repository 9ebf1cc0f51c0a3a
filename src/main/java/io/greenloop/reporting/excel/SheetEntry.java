package io.greenloop.reporting.excel;

/**
 * A sheet as the workbook part lists it, hidden or not.
 *
 * @param name the tab's name
 * @param hidden whether the tab is hidden (or "very hidden", only visible to macros)
 * @param relationId the relationship that leads from the workbook to the sheet's part
 */
record SheetEntry(String name, boolean hidden, String relationId) {
}
