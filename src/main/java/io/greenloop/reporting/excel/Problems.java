package io.greenloop.reporting.excel;

import java.util.List;
import java.util.Locale;

import io.greenloop.reporting.excel.WorkbookProblem.Kind;

/**
 * Every {@link WorkbookProblem} with its words, in one place so that the Chinese and
 * English texts are written side by side and say the same thing: what is wrong, where,
 * and what to do in Excel to fix it.
 */
final class Problems {

	private static final int SHOWN = 10;

	private Problems() {
	}

	static WorkbookProblem empty() {
		return problem(Kind.EMPTY_FILE, List.of(), "上传的文件是空的（0 字节），没有任何内容。请重新选择填写好的 Excel 文件（.xlsx）后再上传。",
				"The uploaded file is empty (0 bytes). Please choose the filled-in Excel workbook (.xlsx) and upload it again.");
	}

	static WorkbookProblem tooLarge(long bytes, long maxBytes) {
		String size = size(bytes);
		String limit = size(maxBytes);
		return problem(Kind.TOO_LARGE, List.of(size, limit),
				"文件太大：%s，超过了允许的 %s。请删除多余的图片、空行和格式后再上传，或把数据分成几个文件上传。".formatted(size, limit),
				"The file is too large: %s, more than the %s allowed. Remove extra pictures, empty rows and formatting, or split the data into several files."
					.formatted(size, limit));
	}

	static WorkbookProblem zipBomb(Throwable cause) {
		return new WorkbookProblem(Kind.TOO_LARGE, List.of("zip bomb"),
				"文件解压后的内容异常巨大（压缩比远超正常的 Excel 文件，疑似“压缩炸弹”），为保护系统已拒绝读取。请用 Excel 打开并另存为新的 .xlsx 文件后再上传。",
				"The file unpacks to an abnormally large size (far more compressed than any normal Excel file, like a \"zip bomb\"), so it was refused to protect the system. Open it in Excel, save it as a new .xlsx file and upload that.",
				cause);
	}

	static WorkbookProblem notAWorkbook(FileLook look) {
		String advice = (look == FileLook.TEXT) ? "如果是 CSV 数据，请用 Excel 打开后另存为 .xlsx。" : "";
		String englishAdvice = (look == FileLook.TEXT) ? " If it holds CSV data, open it in Excel and save it as .xlsx."
				: "";
		return problem(Kind.NOT_A_WORKBOOK, List.of(look.name()),
				"这不是 Excel 工作簿：文件内容看起来是%s。请上传用模板填写的 .xlsx 文件（只改文件扩展名不会改变文件格式）。%s".formatted(look.chinese(), advice),
				"This is not an Excel workbook: the file looks like %s. Please upload the .xlsx file filled in from the template (renaming a file does not change its format).%s"
					.formatted(look.english(), englishAdvice));
	}

	static WorkbookProblem oldFormat() {
		return problem(Kind.OLD_EXCEL_FORMAT, List.of(),
				"这是旧版 Excel 97-2003 格式（.xls）的文件，系统只能读取 .xlsx。请另存为 .xlsx：在 Excel 中点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再上传另存后的文件。",
				"This is an old Excel 97-2003 workbook (.xls); only .xlsx workbooks can be read. Save it as .xlsx: in Excel choose File → Save As, pick \"Excel Workbook (*.xlsx)\", and upload the saved file.");
	}

	static WorkbookProblem encrypted() {
		return problem(Kind.ENCRYPTED, List.of(),
				"文件设置了打开密码，系统无法读取。请在 Excel 中取消密码（“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并确定），保存后再上传。",
				"The file is protected with a password, so it cannot be read. In Excel remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it, OK), save, and upload again.");
	}

	static WorkbookProblem corrupt(Throwable cause) {
		return new WorkbookProblem(Kind.CORRUPT, List.of(),
				"文件已损坏或不完整，无法读取，可能是下载、复制或上传时中断造成的。请用 Excel 打开确认内容完整，另存为新的 .xlsx 文件后重新上传。",
				"The file is damaged or incomplete and cannot be read; a download, copy or upload may have been interrupted. Open it in Excel to check that everything is there, save it as a new .xlsx file and upload that.",
				cause);
	}

	static WorkbookProblem corruptSheet(String sheet, Throwable cause) {
		return new WorkbookProblem(Kind.CORRUPT, List.of(sheet),
				"文件已损坏：工作表“%s”的内容缺失或无法读取。请用 Excel 打开确认内容完整，另存为新的 .xlsx 文件后重新上传。".formatted(sheet),
				"The file is damaged: the contents of sheet \"%s\" are missing or unreadable. Open it in Excel to check that everything is there, save it as a new .xlsx file and upload that."
					.formatted(sheet),
				cause);
	}

	static WorkbookProblem noSheet() {
		return problem(Kind.NO_SHEET, List.of(), "工作簿里没有任何工作表。请用下载的模板填写后再上传。",
				"The workbook contains no worksheet. Please fill in the downloaded template and upload it.");
	}

	static WorkbookProblem extraSheets(List<String> names, List<String> hidden) {
		String hiddenChinese = hidden.isEmpty() ? "" : "（其中隐藏的：“%s”）".formatted(String.join("”“", hidden));
		String hiddenEnglish = hidden.isEmpty() ? "" : " (hidden: \"%s\")".formatted(String.join("\", \"", hidden));
		return problem(Kind.EXTRA_SHEETS, names,
				"工作簿只能包含一个工作表，这个文件有 %d 个：“%s”%s。请删除多余的工作表（隐藏的工作表要先右键“取消隐藏”再删除），只保留填报数据的那一个。".formatted(names.size(),
						String.join("”“", names), hiddenChinese),
				"The workbook must contain exactly one worksheet, but this file has %d: \"%s\"%s. Delete the extra sheets (unhide hidden ones first) and keep only the one with the data."
					.formatted(names.size(), String.join("\", \"", names), hiddenEnglish));
	}

	static WorkbookProblem mergedCells(String sheet, List<String> ranges) {
		return problem(Kind.MERGED_CELLS, ranges,
				"工作表“%s”中有 %d 处合并单元格：%s。合并单元格会让数值对不上行和列，请选中这些区域，点“合并后居中”取消合并，再上传。".formatted(sheet, ranges.size(),
						shown(ranges, "、", "等")),
				"Sheet \"%s\" has %d merged cell ranges: %s. Merged cells detach values from their rows and columns; select these ranges, undo \"Merge & Center\", and upload again."
					.formatted(sheet, ranges.size(), shown(ranges, ", ", "and more")));
	}

	static WorkbookProblem formulas(String sheet, List<String> firstRefs, int count) {
		return problem(Kind.FORMULA, firstRefs,
				"工作表“%s”中有 %d 个单元格含公式，例如 %s。系统只接收数值、不计算公式：请复制这些单元格，在原位置右键“选择性粘贴 → 数值”（请粘贴为数值），再上传。".formatted(sheet,
						count, shown(firstRefs, "、", "等")),
				"Sheet \"%s\" has %d cells with formulas, such as %s. Only values are accepted, formulas are not calculated: copy these cells and use Paste Special → Values in place, then upload again."
					.formatted(sheet, count, shown(firstRefs, ", ", "and more")));
	}

	static WorkbookProblem noHeader(String sheet, List<String> missing) {
		return problem(Kind.NO_HEADER, missing,
				"在工作表“%s”中找不到表头行：缺少列“%s”。请使用下载的模板，不要修改或删除表头行中的列名。".formatted(sheet, String.join("”“", missing)),
				"No header row found in sheet \"%s\": the column(s) \"%s\" are missing. Please use the downloaded template and keep its column headings unchanged."
					.formatted(sheet, String.join("\", \"", missing)));
	}

	static WorkbookProblem noData(String sheet, int headerRow) {
		return problem(Kind.NO_DATA, List.of(String.valueOf(headerRow)),
				"工作表“%s”的第 %d 行是表头，但下面没有任何数据。请在表头下方逐行填写数据后再上传。".formatted(sheet, headerRow),
				"Sheet \"%s\" has its header in row %d but no data below it. Fill in the data under the header, one row per line, and upload again."
					.formatted(sheet, headerRow));
	}

	static WorkbookProblem tooManyRows(String sheet, int maxRows) {
		return problem(Kind.TOO_MANY_ROWS, List.of(String.valueOf(maxRows)),
				"工作表“%s”的数据超过了每个文件 %d 行的上限。请把数据分成几个文件上传，每个文件不超过 %d 行。".formatted(sheet, maxRows, maxRows),
				"Sheet \"%s\" has more than %d data rows, the most one file may hold. Split the data into several files of at most %d rows each."
					.formatted(sheet, maxRows, maxRows));
	}

	private static WorkbookProblem problem(Kind kind, List<String> details, String chinese, String english) {
		return new WorkbookProblem(kind, details, chinese, english, null);
	}

	private static String shown(List<String> items, String separator, String more) {
		String first = String.join(separator, items.subList(0, Math.min(SHOWN, items.size())));
		return (items.size() > SHOWN) ? first + " " + more : first;
	}

	private static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
