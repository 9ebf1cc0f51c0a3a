package io.greenloop.reporting.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a template or an export as a streamed workbook (SXSSF: only a window of rows in
 * memory, any number of rows). The shape is the one {@link WorkbookReader} expects back:
 * title, preamble lines, a blank row, the header, the rows; one sheet, no merged cells,
 * no formulas, so that a downloaded template can be filled in and uploaded without
 * tripping the reader's checks.
 */
public final class WorkbookWriter {

	private static final int WINDOW = 100;

	private WorkbookWriter() {
	}

	/**
	 * Writes {@code content} to {@code out}, which stays open.
	 * @throws UncheckedIOException if {@code out} cannot be written
	 */
	public static void write(OutputStream out, WorkbookContent content) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false)) {
			SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(content.sheetName()));
			WriterStyles styles = new WriterStyles(workbook);
			int header = writeTop(sheet, styles, content);
			writeHeader(sheet, styles, content.columns(), header);
			int next = header + 1;
			for (List<Object> values : content.rows()) {
				writeRow(sheet.createRow(next++), styles, content.columns(), values);
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The title, preamble and blank row; returns the header row's index. */
	private static int writeTop(SXSSFSheet sheet, WriterStyles styles, WorkbookContent content) {
		var title = sheet.createRow(0).createCell(0);
		title.setCellValue(content.title());
		title.setCellStyle(styles.title());
		int index = 1;
		for (Map.Entry<String, String> line : content.preamble()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(line.getKey());
			var value = row.createCell(1);
			value.setCellValue(line.getValue());
			value.setCellStyle(styles.text());
		}
		return index + 1;
	}

	private static void writeHeader(SXSSFSheet sheet, WriterStyles styles, List<ColumnSpec> columns, int index) {
		Row row = sheet.createRow(index);
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		CreationHelper helper = sheet.getWorkbook().getCreationHelper();
		for (int i = 0; i < columns.size(); i++) {
			ColumnSpec column = columns.get(i);
			sheet.setColumnWidth(i, Math.min(column.widthChars(), 255) * 256);
			sheet.setDefaultColumnStyle(i, column.numeric() ? styles.number() : styles.text());
			var cell = row.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(styles.header());
			if (column.note() != null) {
				ClientAnchor anchor = helper.createClientAnchor();
				anchor.setCol1(i);
				anchor.setCol2(i + 3);
				anchor.setRow1(index);
				anchor.setRow2(index + 4);
				Comment comment = drawing.createCellComment(anchor);
				comment.setString(helper.createRichTextString(column.note()));
				comment.setAddress(cell.getAddress());
				cell.setCellComment(comment);
			}
		}
		sheet.createFreezePane(0, index + 1);
	}

	private static void writeRow(Row row, WriterStyles styles, List<ColumnSpec> columns, List<Object> values) {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			var cell = row.createCell(i);
			boolean numeric = i < columns.size() && columns.get(i).numeric();
			cell.setCellStyle(numeric ? styles.number() : styles.text());
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

}
