/**
 * Excel workbooks for reporting (填报): departments download a pre-filled template, fill it
 * in and upload it back. This package reads such a workbook as a stream of rows
 * ({@link io.greenloop.reporting.excel.WorkbookReader}), writes templates
 * ({@link io.greenloop.reporting.excel.WorkbookWriter}) and returns a rejected upload
 * with its bad cells marked ({@link io.greenloop.reporting.excel.AnnotatedCopy}).
 * <p>
 * Uploads can be large (tens of thousands of rows) and are often not what they claim to
 * be, so everything streams (SAX in, SXSSF out) and every kind of bad file ends in a
 * {@link io.greenloop.reporting.excel.WorkbookProblem} that speaks to the person who
 * uploaded it, never in an exception that escapes as a server error. Plain Java and
 * Apache POI: no Spring here.
 */
package io.greenloop.reporting.excel;
