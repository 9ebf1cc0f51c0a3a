package io.greenloop.reporting.excel;

/**
 * What an upload that is not a workbook looks like, so that the message can say "this is
 * a PDF" instead of "invalid file": people upload the wrong attachment far more often
 * than a damaged one.
 */
enum FileLook {

	PDF("PDF 文档", "a PDF document"), PNG("PNG 图片", "a PNG image"), JPEG("JPEG 图片", "a JPEG image"),
	GIF("GIF 图片", "a GIF image"), IMAGE("图片", "an image"), WORD("Word 文档", "a Word document"),
	POWERPOINT("PowerPoint 演示文稿", "a PowerPoint presentation"),
	OPEN_DOCUMENT("OpenDocument 文件（.ods/.odt）", "an OpenDocument file (.ods/.odt)"),
	XLSB("Excel 二进制工作簿（.xlsb）", "an Excel binary workbook (.xlsb)"), RTF("RTF 文档", "an RTF document"),
	HTML("网页（HTML）文件", "a web page (HTML)"), XML("XML 文件", "an XML file"),
	TEXT("纯文本或 CSV 文件", "a plain text or CSV file"), ZIP("普通压缩包（ZIP）", "a ZIP archive"),
	UNKNOWN("无法识别的格式", "an unrecognised format");

	private final String chinese;

	private final String english;

	FileLook(String chinese, String english) {
		this.chinese = chinese;
		this.english = english;
	}

	String chinese() {
		return this.chinese;
	}

	String english() {
		return this.english;
	}

}
