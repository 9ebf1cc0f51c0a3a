package io.greenloop.evaluation.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.Status;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report written from content in memory (no database): demonstration values are starred
 * and announced (含演示数据) in both files; targets sit under their plan groups; the lagging
 * paragraph names the responsible units.
 */
class DemoDataReportTests {

	static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z");

	static final ReportLine LAGGING = new ReportLine("003-T14", "一般工业固体废物综合利用率", "%", "固体废物资源化利用", "工业固体废物资源化利用",
			"22.1（2020年）", "60（2025年）", Status.LAGGING, 2024, new BigDecimal("30.50"), 2024, true, "市工业和信息化局");

	static final ReportLine MILESTONE = new ReportLine("003-L0118", "建立考核办法", "", "主要任务", null, "—", "建立考核办法（2023年）",
			Status.NEEDS_JUDGEMENT, 2023, null, null, false, "规划未载明");

	@Test
	void theWordReportAnnouncesAndStarsDemonstrationValues() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReport.write(content())))) {
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).anyMatch(text -> text.startsWith("注：本报告含演示数据"));
			assertThat(paragraphs).anyMatch(text -> text
				.startsWith("截至2024年，本规划在呼和浩特市共有2项指标，其中已达标0项、按进度0项、滞后1项、" + "严重滞后0项、无数据0项、待人工评定1项。本规划另有80项指标"));
			assertThat(paragraphs).contains("滞后和严重滞后的指标共1项（严重滞后0项、滞后1项），请责任单位分析原因，提出整改措施和完成时限：",
					"（1）“一般工业固体废物综合利用率”（003-T14，滞后）：最新值30.5%*（2024年），目标60（2025年）；责任单位：市工业和信息化局。");
			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getRows()).extracting(row -> row.getCell(0).getText())
				.containsExactly("编号", "固体废物资源化利用", "　工业固体废物资源化利用", "003-T14", "主要任务", "003-L0118");
			XWPFTableRow lagging = table.getRow(3);
			assertThat(lagging.getCell(4).getText()).isEqualTo("30.5*（2024年）");
			assertThat(lagging.getCell(6).getText()).isEqualTo("滞后");
			assertThat(table.getRow(5).getCell(6).getText()).isEqualTo("待人工评定（2023年）");
			assertThat(doc.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void theWorkbookMarksDemonstrationRows() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(content())))) {
			Sheet results = workbook.getSheet(XlsxReport.RESULTS);
			assertThat(results.getLastRowNum()).isEqualTo(1);
			assertThat(results.getRow(1).getCell(9).getStringCellValue()).isEqualTo("滞后");
			assertThat(results.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(30.5);
			assertThat(results.getRow(1).getCell(20).getStringCellValue()).isEqualTo("是");
			assertThat(workbook.getSheet(XlsxReport.ABOUT).getRow(6).getCell(1).getStringCellValue())
				.startsWith(Narrative.DEMO_NOTE);
		}
	}

	private static ReportContent content() {
		EvaluationView row = new EvaluationView("003-T14", "一般工业固体废物综合利用率", "003", "%", "60", "150100", "呼和浩特市", 2024,
				"PLAN", "LAGGING", new BigDecimal("30.50"), new BigDecimal("60"), new BigDecimal("46.9"), null, null,
				new BigDecimal("-16.4"), null, "滞后", null, "DEMO 2024", NOW);
		return new ReportContent(ReportKindTests.PLAN, ReportKind.ANNUAL, 2024, 2025, "150100", "呼和浩特市",
				List.of(LAGGING, MILESTONE), 80, List.of(row), List.of(), NOW);
	}

}
