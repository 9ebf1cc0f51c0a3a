package io.greenloop.evaluation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.SdgStatus;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.domain.StatusLabel;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as a workbook: every stored result of the plan in the region and below, of
 * every year up to the year reported, with all its figures, explanation and the source of
 * its value, one sheet per method; and a sheet saying what the workbook holds. Written as
 * a stream, so a regional plan's thousands of rows cost little memory.
 */
final class XlsxReport {

	static final String RESULTS = "评估结果";

	static final String SDG_RESULTS = "Open SDG 方法";

	static final String ABOUT = "报告信息";

	static final List<String> HEADER = List.of("规划", "指标编号", "指标", "单位", "目标", "地区代码", "地区", "年份", "方法", "状态", "状态代码",
			"数值", "比较值", "期望值", "进度", "期望进度", "差距", "预测值", "说明", "数据来源", "演示数据", "评估时间");

	private static final int[] WIDTHS = { 6, 10, 36, 10, 14, 9, 12, 6, 9, 10, 18, 10, 10, 10, 8, 8, 10, 10, 60, 20, 8,
			18 };

	private static final DateTimeFormatter EVALUATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private static final Map<String, String> STATUS_NAMES = Stream
		.concat(Stream.<StatusLabel>of(Status.values()), Stream.<StatusLabel>of(SdgStatus.values()))
		.collect(Collectors.toMap(StatusLabel::name, StatusLabel::zh, (a, b) -> a));

	private XlsxReport() {
	}

	static byte[] write(ReportContent content) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			try {
				CellStyle bold = workbook.createCellStyle();
				Font font = workbook.createFont();
				font.setBold(true);
				bold.setFont(font);
				results(workbook.createSheet(RESULTS), content.rows(), bold);
				results(workbook.createSheet(SDG_RESULTS), content.sdgRows(), bold);
				about(workbook.createSheet(ABOUT), content, bold);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				workbook.write(out);
				return out.toByteArray();
			}
			finally {
				workbook.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void results(SXSSFSheet sheet, List<EvaluationView> rows, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int i = 0; i < HEADER.size(); i++) {
			header.createCell(i).setCellValue(HEADER.get(i));
			header.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		sheet.createFreezePane(3, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, HEADER.size() - 1));
		int r = 1;
		for (EvaluationView view : rows) {
			Row row = sheet.createRow(r++);
			List<Object> values = values(view);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value instanceof BigDecimal number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else if (value instanceof Integer number) {
					row.createCell(i).setCellValue(number);
				}
				else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}
	}

	private static List<Object> values(EvaluationView view) {
		return Arrays.asList(view.planCode(), view.targetCode(), view.targetName(), view.unit(), view.targetText(),
				view.regionCode(), view.regionName(), view.year(), view.method(),
				STATUS_NAMES.getOrDefault(view.status(), view.status()), view.status(), view.value(), view.target(),
				view.expected(), view.progress(), view.expectedProgress(), view.gap(), view.projection(),
				view.explanation(), view.valueSource(), ReportContent.isDemo(view) ? "是" : "",
				view.evaluatedAt() == null ? null : EVALUATED.format(view.evaluatedAt()));
	}

	private static void about(Sheet sheet, ReportContent content, CellStyle bold) {
		List<List<String>> lines = List.of(List.of("报告", content.title()),
				List.of("规划", content.plan().code() + " " + content.plan().title()),
				List.of("评估范围", content.regionName() + "（" + content.regionCode() + "）及下辖地区"),
				List.of("年份", "截至" + content.year() + "年的各年度"),
				List.of("评估结果",
						"按规划轨迹法 " + content.rows().size() + " 行；按 Open SDG 方法 " + content.sdgRows().size() + " 行"),
				List.of("生成时间", EVALUATED.format(content.generatedAt())),
				List.of("演示数据", content.hasDemoData() ? Narrative.DEMO_NOTE + "（见“演示数据”列）" : "无"));
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		for (int i = 0; i < lines.size(); i++) {
			Row line = sheet.createRow(i);
			line.createCell(0).setCellValue(lines.get(i).get(0));
			line.getCell(0).setCellStyle(bold);
			line.createCell(1).setCellValue(lines.get(i).get(1));
		}
	}

}
