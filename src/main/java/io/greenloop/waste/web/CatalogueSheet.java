package io.greenloop.waste.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.greenloop.waste.CatalogueEditions.UploadedTable;
import io.greenloop.waste.domain.EditionTable.RefusedFileException;
import io.greenloop.waste.domain.EditionTable.RowError;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded table of an edition of the 名录 as rows of text: an .xlsx workbook (first
 * sheet), a .tsv file (tab-separated, like {@code hw-catalogue-2021.tsv}) or a .csv file
 * (RFC 4180), both UTF-8 with or without a BOM.
 */
final class CatalogueSheet {

	private CatalogueSheet() {
	}

	/** The file as an uploaded table; null when no file was chosen. */
	static UploadedTable read(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		return new UploadedTable(name, content, rows(name, content));
	}

	static List<List<String>> rows(String name, byte[] content) throws IOException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return xlsx(name, content);
		}
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		if (lower.endsWith(".csv")) {
			return LedgerSheet.csv(text);
		}
		if (lower.endsWith(".tsv") || lower.endsWith(".txt")) {
			List<List<String>> rows = new ArrayList<>();
			text.lines().forEach(line -> rows.add(Arrays.asList(line.split("\t", -1))));
			return rows;
		}
		throw new RefusedFileException(name, List.of(new RowError(1, "", "Not an .xlsx, .csv or .tsv file")));
	}

	private static List<List<String>> xlsx(String name, byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? null : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
		}
		catch (org.apache.poi.ooxml.POIXMLException
				| org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException ex) {
			throw new RefusedFileException(name, List.of(new RowError(1, "", "Not an .xlsx workbook")));
		}
		return rows;
	}

}
