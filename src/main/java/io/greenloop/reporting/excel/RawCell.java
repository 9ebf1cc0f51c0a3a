package io.greenloop.reporting.excel;

/**
 * A cell as the sheet stream delivers it, before a layout gives it a key.
 *
 * @param column the 0-based column index
 * @param cell the value
 * @param date whether the cell is a number shown as a date, so that a copy can show it as
 * a date again
 */
record RawCell(int column, Cell cell, boolean date) {
}
