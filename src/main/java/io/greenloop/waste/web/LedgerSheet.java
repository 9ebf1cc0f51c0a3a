package io.greenloop.waste.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerTimes;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger's spreadsheet (.xlsx) and CSV form: one row per record, one column per field
 * of HJ 1259—2022 §6.3 (附录 B 表 B.1–B.5 side by side, a stage column saying which table a
 * row belongs to). The header names each column in Chinese with its key in brackets; a
 * column is found by its key, so columns may be in any order and unknown ones are
 * ignored. The template, the upload and the yearly export use the same columns, so an
 * export uploads again as it is.
 */
final class LedgerSheet {

	/** key → header, in LedgerEntry's order. */
	static final Map<String, String> COLUMNS = columns("stage 环节", "batchCode 批次编码", "occurredAt 时间", "wasteKind 废物种类",
			"wasteCode 废物代码", "wasteName 废物名称", "quantityT 数量(吨)", "containerCode 容器/包装编码", "containerType 容器/包装类型",
			"containerCount 容器/包装数量", "facilityCode 设施编码", "treatment 利用/处置", "method 利用/处置方式", "finishedAt 完毕时间",
			"handler 经办人", "destination 去向", "sourceStage 来源批次环节", "sourceBatchCode 来源批次编码", "receiverType 接收单位类型",
			"receiverName 利用/处置单位名称", "receiverLicenceNumber 许可证编码", "manifestNumber 转移联单编号");

	private static final Pattern KEY = Pattern.compile("\\[([A-Za-z]+)]\\s*$");

	private LedgerSheet() {
	}

	private static Map<String, String> columns(String... specs) {
		Map<String, String> columns = new java.util.LinkedHashMap<>();
		for (String spec : specs) {
			String key = spec.substring(0, spec.indexOf(' '));
			columns.put(key, spec.substring(spec.indexOf(' ') + 1) + " [" + key + "]");
		}
		return columns;
	}

	/** A cell the sheet cannot read, or a record's refusal placed on the sheet. */
	record SheetError(int row, String column, String reason) {
	}

	/** The rows could not be read; nothing was recorded. */
	static final class UnreadableSheetException extends RuntimeException {

		private final transient List<SheetError> errors;

		UnreadableSheetException(List<SheetError> errors) {
			super(errors.size() + " cell(s) could not be read, nothing recorded: " + errors.get(0).reason());
			this.errors = errors;
		}

		List<SheetError> errors() {
			return this.errors;
		}

	}

	/** The sheet row of a record's index (row 1 is the header). */
	static int row(int index) {
		return index + 2;
	}

	/** The header of a field's column. */
	static String header(String field) {
		return COLUMNS.getOrDefault(field, field);
	}

	/** The records of an .xlsx (first sheet) or .csv (UTF-8, BOM allowed) file. */
	static List<LedgerEntry> read(String fileName, InputStream in) throws IOException {
		List<List<String>> rows = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
				? csv(new String(in.readAllBytes(), StandardCharsets.UTF_8)) : xlsx(in);
		if (rows.isEmpty()) {
			throw new UnreadableSheetException(List.of(new SheetError(1, "", "The file has no header row")));
		}
		Map<String, Integer> at = new HashMap<>();
		List<String> header = rows.get(0);
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i) == null ? "" : header.get(i).strip().replace("\uFEFF", "");
			Matcher key = KEY.matcher(cell);
			String name = key.find() ? key.group(1) : cell;
			if (COLUMNS.containsKey(name)) {
				at.put(name, i);
			}
		}
		List<SheetError> errors = new ArrayList<>();
		for (String required : List.of("stage", "batchCode", "occurredAt", "wasteCode", "quantityT", "handler")) {
			if (!at.containsKey(required)) {
				errors.add(new SheetError(1, header(required), "The column " + header(required) + " is missing"));
			}
		}
		if (!errors.isEmpty()) {
			throw new UnreadableSheetException(errors);
		}
		List<LedgerEntry> entries = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
				continue;
			}
			entries.add(entry(r + 1, cells, at, errors));
		}
		if (!errors.isEmpty()) {
			throw new UnreadableSheetException(errors);
		}
		return entries;
	}

	private static LedgerEntry entry(int row, List<String> cells, Map<String, Integer> at, List<SheetError> errors) {
		Map<String, String> v = new HashMap<>();
		at.forEach((key, i) -> v.put(key, i < cells.size() ? blankToNull(cells.get(i)) : null));
		BigDecimal quantity = null;
		if (v.get("quantityT") != null) {
			try {
				quantity = new BigDecimal(v.get("quantityT").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				errors.add(new SheetError(row, header("quantityT"), "'" + v.get("quantityT") + "' is not a number"));
			}
		}
		Integer count = null;
		if (v.get("containerCount") != null) {
			try {
				count = new BigDecimal(v.get("containerCount")).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				errors.add(new SheetError(row, header("containerCount"),
						"'" + v.get("containerCount") + "' is not a whole number"));
			}
		}
		return new LedgerEntry(v.get("stage"), v.get("batchCode"), v.get("occurredAt"), v.get("wasteKind"),
				v.get("wasteCode"), v.get("wasteName"), quantity, v.get("containerCode"), v.get("containerType"), count,
				v.get("facilityCode"), v.get("treatment"), v.get("method"), v.get("finishedAt"), v.get("handler"),
				v.get("destination"), v.get("sourceStage"), v.get("sourceBatchCode"), v.get("receiverType"),
				v.get("receiverName"), v.get("receiverLicenceNumber"), v.get("manifestNumber"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<List<String>> xlsx(InputStream in) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				rows.add(cells);
			}
		}
		catch (org.apache.poi.ooxml.POIXMLException
				| org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException ex) {
			throw new UnreadableSheetException(List.of(new SheetError(1, "", "Not an .xlsx workbook or .csv file")));
		}
		return rows;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				LocalDateTime at = cell.getLocalDateTimeCellValue();
				return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
						: at.toString();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell);
	}

	/**
	 * RFC 4180 CSV: fields separated by commas, quoted with double quotes when needed.
	 */
	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** The records' cells in the columns' order. */
	static List<Object> cells(LedgerRow r) {
		return java.util.Arrays.asList(r.stage(), r.batchCode(), LedgerTimes.format(r.occurredAt()), r.wasteKind(),
				r.wasteCode(), r.wasteName(), r.quantityT(), r.containerCode(), r.containerType(), r.containerCount(),
				r.facilityCode(), r.treatment(), r.method(), LedgerTimes.format(r.finishedAt()), r.handler(),
				r.destination(), r.sourceStage(), r.sourceBatchCode(), r.receiverType(), r.receiverName(),
				r.receiverLicenceNumber(), r.manifestNumber());
	}

	/** The records as CSV with the header (UTF-8 with a BOM, which Excel needs). */
	static byte[] csv(List<LedgerRow> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(String.join(",", COLUMNS.values().stream().map(LedgerSheet::quote).toList())).append("\r\n");
		for (LedgerRow row : rows) {
			out.append(String.join(",", cells(row).stream().map(LedgerSheet::quote).toList())).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quote(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
		return text.matches(".*[,\"\r\n].*") || text.contains("\n") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/** The records as an .xlsx workbook with the header (no rows: the template). */
	static byte[] xlsx(List<LedgerRow> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			int c = 0;
			for (String title : COLUMNS.values()) {
				header.createCell(c++).setCellValue(title);
			}
			int r = 1;
			for (LedgerRow row : rows) {
				Row line = sheet.createRow(r++);
				List<Object> cells = cells(row);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if (value instanceof Number number) {
						line.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						line.createCell(i).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
