package io.greenloop.reporting.excel;

import java.util.List;

/**
 * The layout the tests read with, and the rows the test workbooks carry: a department's
 * quarterly indicator report.
 */
final class ReportLayout {

	static final SheetLayout LAYOUT = SheetLayout.of(Column.required("code", "指标代码", "Indicator code"),
			Column.optional("name", "指标名称", "Indicator"), Column.required("value", "数值", "Value"),
			Column.optional("unit", "单位", "Unit"), Column.optional("note", "备注", "Note"));

	static final List<String> HEADERS = List.of("指标代码", "指标名称", "数值", "单位", "备注");

	static final List<List<Object>> ROWS = List.of(List.of("A01", "一般工业固体废物综合利用率", 63.68, "%", "按季度累计"),
			List.of("A02", "城镇生活垃圾无害化处理率", 100, "%", ""), List.of("A03", "危险废物利用处置量", 12500.5, "吨", "含跨省转移"));

	private ReportLayout() {
	}

}
