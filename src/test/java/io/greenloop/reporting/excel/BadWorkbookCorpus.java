package io.greenloop.reporting.excel;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the corpus of bad uploads in src/test/resources/excel/bad/, each a small file of
 * one kind of trouble. Run once after changing it, and commit the files:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.greenloop.reporting.excel.BadWorkbookCorpus
 * </pre>
 *
 * The tests read the committed bytes, so that a change in POI's writing cannot quietly
 * change what they prove.
 */
public final class BadWorkbookCorpus {

	private BadWorkbookCorpus() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of((args.length > 0) ? args[0] : "src/test/resources/excel/bad");
		Files.createDirectories(folder);
		Files.write(folder.resolve("empty.xlsx"), new byte[0]);
		Files.write(folder.resolve("picture.xlsx"), image("png"));
		Files.write(folder.resolve("photo.xlsx"), image("jpeg"));
		Files.write(folder.resolve("report.pdf.xlsx"), pdf());
		Files.write(folder.resolve("document.xlsx"), docx());
		Files.writeString(folder.resolve("values.csv"), csv(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("old-format.xls"), xls());
		Files.write(folder.resolve("password.xlsx"), encrypted(xlsx((workbook) -> report(workbook, "填报")), "secret"));
		byte[] good = xlsx((workbook) -> report(workbook, "填报"));
		Files.write(folder.resolve("corrupt.xlsx"), Arrays.copyOf(good, good.length / 2));
		Files.write(folder.resolve("missing-sheet.xlsx"), rezip(good, "xl/worksheets/sheet1.xml", null));
		Files.write(folder.resolve("no-sheet.xlsx"), xlsx((workbook) -> {
		}));
		Files.write(folder.resolve("two-sheets.xlsx"), xlsx((workbook) -> {
			report(workbook, "填报");
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填报说明");
		}));
		Files.write(folder.resolve("hidden-sheet.xlsx"), xlsx((workbook) -> {
			report(workbook, "填报");
			workbook.createSheet("代码表").createRow(0).createCell(0).setCellValue("A01");
			workbook.setSheetHidden(1, true);
		}));
		Files.write(folder.resolve("formula.xlsx"), xlsx((workbook) -> {
			Sheet sheet = report(workbook, "填报");
			sheet.getRow(6).getCell(2).setCellFormula("C6*2");
			sheet.getRow(7).getCell(2).setCellFormula("SUM(C6:C7)");
		}));
		Files.write(folder.resolve("merged.xlsx"), xlsx((workbook) -> {
			Sheet sheet = report(workbook, "填报");
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("D6:D7"));
		}));
		Files.write(folder.resolve("no-header.xlsx"), xlsx((workbook) -> {
			Sheet sheet = report(workbook, "填报");
			sheet.getRow(4).getCell(2).setCellValue("本期数");
		}));
		Files.write(folder.resolve("header-only.xlsx"), xlsx((workbook) -> {
			Sheet sheet = report(workbook, "填报");
			for (int i = 5; i <= 7; i++) {
				sheet.removeRow(sheet.getRow(i));
			}
			sheet.createRow(5).createCell(0).setCellValue("   ");
		}));
		Files.write(folder.resolve("zip-bomb.xlsx"),
				rezip(good, "xl/worksheets/sheet1.xml", BadWorkbookCorpus::padded));
		Files.write(folder.resolve("huge-number.xlsx"),
				rezip(good, "xl/worksheets/sheet1.xml", BadWorkbookCorpus::hugeNumber));
	}

	/**
	 * A report sheet: title, two preamble lines, a blank row, the header in row 5 and
	 * three data rows (6 to 8).
	 */
	static Sheet report(Workbook workbook, String name) {
		Sheet sheet = workbook.createSheet(name);
		sheet.createRow(0).createCell(0).setCellValue("2025年第三季度无废城市指标填报");
		Row plan = sheet.createRow(1);
		plan.createCell(0).setCellValue("规划：");
		plan.createCell(1).setCellValue("003");
		Row region = sheet.createRow(2);
		region.createCell(0).setCellValue("地区");
		region.createCell(1).setCellValue("150100");
		Row header = sheet.createRow(4);
		for (int i = 0; i < ReportLayout.HEADERS.size(); i++) {
			header.createCell(i).setCellValue(ReportLayout.HEADERS.get(i));
		}
		for (int r = 0; r < ReportLayout.ROWS.size(); r++) {
			Row row = sheet.createRow(5 + r);
			List<Object> values = ReportLayout.ROWS.get(r);
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(i).setCellValue((String) values.get(i));
				}
			}
		}
		return sheet;
	}

	static byte[] xlsx(Consumer<XSSFWorkbook> content) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The zip with one entry dropped ({@code change} null) or its bytes changed. */
	static byte[] rezip(byte[] zip, String entry, UnaryOperator<byte[]> change) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(9);
			for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
				byte[] data = in.readAllBytes();
				if (next.getName().equals(entry)) {
					if (change == null) {
						continue;
					}
					data = change.apply(data);
				}
				out.putNextEntry(new ZipEntry(next.getName()));
				out.write(data);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * The sheet's XML with 20 MB of spaces before its data: a few kilobytes zipped, a
	 * compression ratio far beyond what POI accepts.
	 */
	private static byte[] padded(byte[] sheet) {
		String xml = new String(sheet, StandardCharsets.UTF_8);
		int at = xml.indexOf("<sheetData");
		return (xml.substring(0, at) + " ".repeat(20 * 1024 * 1024) + xml.substring(at))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The sheet's XML with the first value, 63.68 in C6, replaced by 1E+1000000: a number
	 * of a million digits in ten characters, which took minutes to write out in full.
	 */
	private static byte[] hugeNumber(byte[] sheet) {
		String xml = new String(sheet, StandardCharsets.UTF_8);
		if (!xml.contains("<v>63.68</v>")) {
			throw new IllegalStateException("C6 of the report is not 63.68: " + xml);
		}
		return xml.replace("<v>63.68</v>", "<v>1E+1000000</v>").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] encrypted(byte[] workbook, String password) throws Exception {
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword(password);
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(workbook);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	private static byte[] xls() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			report(workbook, "填报");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("2025年第三季度指标填报说明：请使用 Excel 模板填报。");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static String csv() {
		StringBuilder csv = new StringBuilder(String.join(",", ReportLayout.HEADERS)).append("\r\n");
		for (List<Object> row : ReportLayout.ROWS) {
			csv.append(String.join(",", row.stream().map(String::valueOf).toList())).append("\r\n");
		}
		return csv.toString();
	}

	private static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(4, 4, Color.GREEN.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** A one-page PDF, its cross-reference table computed from the objects' offsets. */
	private static byte[] pdf() {
		String text = "BT /F1 18 Tf 36 72 Td (Quarterly indicator report) Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		pdf.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
