package io.greenloop.evaluation.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

import io.greenloop.evaluation.domain.Status;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A report as a Word document for its writers to finish: the title and the plan's
 * identity, the overall picture in numbers with a chart of the statuses, the lagging
 * targets and who answers for them, the table of every target grouped as the plan groups
 * them, and the headings under which people write their own analysis, marked as theirs.
 */
final class DocxReport {

	static final String[] TARGET_HEADER = { "编号", "指标", "单位", "基准值", "最新值（年份）", "目标值", "状态" };

	static final String[] LEGEND_HEADER = { "图例", "状态", "指标数", "占比" };

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private static final String FOR_WRITERS = "（由编写人员填写）";

	private DocxReport() {
	}

	static byte[] write(ReportContent content) {
		try (XWPFDocument doc = new XWPFDocument()) {
			WordParts.setUp(doc);
			front(doc, content);
			int chapter = 0;
			WordParts.heading(doc, WordParts.HEADING_1, NUMERALS[chapter++] + "、总体情况");
			WordParts.body(doc, Narrative.counts(content));
			chart(doc, content);
			WordParts.heading(doc, WordParts.HEADING_1, NUMERALS[chapter++] + "、滞后指标及责任单位");
			Narrative.lagging(content).forEach(text -> WordParts.body(doc, text));
			Narrative.followUps(content).forEach(text -> WordParts.body(doc, text));
			WordParts.heading(doc, WordParts.HEADING_1, NUMERALS[chapter++] + "、指标完成情况");
			targets(doc, content);
			for (String heading : content.kind().analysisHeadings()) {
				WordParts.heading(doc, WordParts.HEADING_1, NUMERALS[chapter++] + "、" + heading + FOR_WRITERS);
				WordParts.body(doc, Narrative.placeholder(heading)).setItalic(true);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Title, the plan's issuer and number, period, region; the demonstration-data
	 * warning.
	 */
	private static void front(XWPFDocument doc, ReportContent content) {
		XWPFRun title = WordParts.centred(doc, content.title(), 20);
		title.setBold(true);
		WordParts.font(title, WordParts.HEADING_FONT);
		WordParts.centred(doc, issuer(content), 12);
		WordParts.centred(doc,
				"规划期：%s　基准年：%s　评估范围：%s（%s）".formatted(period(content),
						content.plan().baseYear() == null ? "未载明" : content.plan().baseYear() + "年",
						content.regionName(), content.regionCode()),
				12);
		if (content.hasDemoData()) {
			XWPFRun demo = WordParts.body(doc, Narrative.demoNote());
			demo.setBold(true);
			demo.setColor("C62828");
		}
		WordParts.body(doc, Narrative.preface(content));
	}

	private static String issuer(ReportContent content) {
		String issuer = content.plan().issuer();
		String number = content.plan().number();
		if (issuer == null && number == null) {
			return "（规划文本未载明印发单位和文号）";
		}
		return "印发单位：%s　文号：%s".formatted(Objects.requireNonNullElse(issuer, "未载明"),
				Objects.requireNonNullElse(number, "未载明"));
	}

	private static String period(ReportContent content) {
		if (content.plan().periodStart() == null || content.plan().periodEnd() == null) {
			return "未载明";
		}
		return content.plan().periodStart() + "—" + content.plan().periodEnd() + "年";
	}

	/**
	 * The status chart as an image, its caption, and the legend table with the counts.
	 */
	private static void chart(XWPFDocument doc, ReportContent content) {
		Map<Status, Long> counts = content.counts();
		XWPFParagraph picture = doc.createParagraph();
		picture.setAlignment(ParagraphAlignment.CENTER);
		try {
			picture.createRun()
				.addPicture(new ByteArrayInputStream(ChartImages.statusBars(counts)), PictureType.PNG,
						"status-" + content.year() + ".png", Units.toEMU(420), Units.toEMU(210));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		WordParts.centred(doc, "图1　%d年指标状态分布（%s）".formatted(content.year(), content.regionName()), 10.5);
		XWPFTable legend = WordParts.table(doc, LEGEND_HEADER, new String[] { "10%", "40%", "25%", "25%" });
		long total = content.lines().size();
		counts.forEach((status, count) -> {
			XWPFTableRow row = WordParts.row(legend, "", status.zh(), Long.toString(count),
					total == 0 ? "—" : Math.round(100.0 * count / total) + "%");
			row.getCell(0).setColor(ChartImages.color(status));
		});
	}

	/**
	 * One row per target, under its plan group (level 1, then level 2) where it has one.
	 */
	private static void targets(XWPFDocument doc, ReportContent content) {
		XWPFTable table = WordParts.table(doc, TARGET_HEADER,
				new String[] { "9%", "31%", "9%", "12%", "14%", "13%", "12%" });
		String level1 = null;
		String level2 = null;
		for (ReportLine line : content.lines()) {
			if (line.level1() != null && !line.level1().equals(level1)) {
				WordParts.groupRow(table, line.level1(), "EDEDED");
				level2 = null;
			}
			if (line.level2() != null && !line.level2().equals(level2)) {
				WordParts.groupRow(table, "　" + line.level2(), "F7F7F7");
			}
			level1 = line.level1();
			level2 = line.level2();
			XWPFTableRow row = WordParts.row(table, line.code(), line.name(), line.unit(), line.baseline(),
					line.latestText(), line.target(), status(line, content.year()));
			row.getCell(6).getParagraphs().get(0).getRuns().get(0).setColor(ChartImages.color(line.status()));
		}
		WordParts.body(doc, note(content)).setFontSize(10.5);
	}

	/** The status, with its year when the target fell due before the year reported. */
	private static String status(ReportLine line, int year) {
		return line.statusYear() == year ? line.status().zh() : line.status().zh() + "（" + line.statusYear() + "年）";
	}

	private static String note(ReportContent content) {
		String note = ("注：最新值为截至%d年已审核的最新数值，括号内为数值所属年份；状态为%d年的评估结果，到期早于该年的指标为到期年的结果；" + "全部评估结果见同名 .xlsx 工作簿。")
			.formatted(content.year(), content.year());
		return content.hasDemoData() ? note + "标*的数值为演示数据。" : note;
	}

}
