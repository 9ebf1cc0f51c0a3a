package io.greenloop.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.region.Regions;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.excel.ColumnSpec;
import io.greenloop.reporting.excel.WorkbookContent;
import io.greenloop.reporting.excel.WorkbookWriter;
import io.greenloop.reporting.persistence.ApprovedValueRepository;
import io.greenloop.reporting.persistence.SeriesRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The approved values, within the caller's data scope, with every revision. */
@Service
@Transactional(readOnly = true)
public class ApprovedValues {

	/** The most values one request answers. */
	public static final int LIMIT = 10_000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ApprovedValueRepository values;

	private final CurrentAccount current;

	private final IndicatorCatalogue catalogue;

	private final SeriesRepository series;

	private final Regions regions;

	private final Clock clock;

	ApprovedValues(ApprovedValueRepository values, CurrentAccount current, IndicatorCatalogue catalogue,
			SeriesRepository series, Regions regions, Clock clock) {
		this.values = values;
		this.current = current;
		this.catalogue = catalogue;
		this.series = series;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Approved values by item, region (and the regions below) and period; every part
	 * optional. Without a region, the caller's own region and below.
	 */
	public List<ApprovedValue> find(String itemCode, String regionCode, String periodCode) {
		return this.values.findAll(blankToNull(itemCode), scopePrefix(regionCode), blankToNull(periodCode), LIMIT);
	}

	/**
	 * Writes approved values found with a filter (by {@link #find}) as an Excel workbook,
	 * with the items' and regions' names and the filter in its heading; streamed,
	 * whatever the size.
	 */
	public void export(List<ApprovedValue> found, String itemCode, String regionCode, String periodCode,
			OutputStream out) {
		Map<String, String> itemNames = new HashMap<>();
		this.catalogue.indicators(IndicatorQuery.all()).forEach(target -> itemNames.put(target.code(), target.name()));
		this.series.findAll().forEach(s -> itemNames.put(s.code(), s.name()));
		Map<String, String> regionNames = this.regions.names();
		List<List<Object>> rows = new ArrayList<>(found.size());
		for (ApprovedValue value : found) {
			rows.add(Arrays.asList(value.itemCode(), itemNames.getOrDefault(value.itemCode(), ""), value.regionCode(),
					regionNames.getOrDefault(value.regionCode(), ""), value.periodCode(),
					value.value() != null ? value.value() : value.text(), value.unit(), value.revision(),
					value.source() + " " + value.sourceId(), value.approvedBy(),
					value.approvedAt().atZone(CHINA).toLocalDateTime().toString(), value.note()));
		}
		WorkbookWriter.write(out, new WorkbookContent("数据", "Greenloop 已审核数据 / approved values",
				List.of(Map.entry("指标", itemCode == null ? "全部" : itemCode),
						Map.entry("地区", regionCode == null ? "全部" : regionCode),
						Map.entry("期间", periodCode == null ? "全部" : periodCode),
						Map.entry("导出时间", LocalDateTime.now(this.clock.withZone(CHINA)).withNano(0).toString())),
				List.of(new ColumnSpec("编号", 12, false, null), new ColumnSpec("指标", 40, false, null),
						new ColumnSpec("地区", 10, false, null), new ColumnSpec("地区名称", 16, false, null),
						new ColumnSpec("期间", 10, false, null), new ColumnSpec("值", 12, true, null),
						new ColumnSpec("单位", 10, false, null), new ColumnSpec("版本", 6, true, null),
						new ColumnSpec("来源", 16, false, null), new ColumnSpec("审核人", 16, false, null),
						new ColumnSpec("审核时间", 20, false, null), new ColumnSpec("备注", 30, false, null)),
				rows));
	}

	/** Every approved revision of one value, oldest first. */
	public List<ApprovedValue> history(String itemCode, String regionCode, String periodCode) {
		scopePrefix(regionCode);
		return this.values.history(itemCode, regionCode, periodCode);
	}

	private String scopePrefix(String regionCode) {
		DataScope scope = this.current.scope();
		String region = blankToNull(regionCode);
		if (region == null) {
			return scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix();
		}
		if (!scope.sees(region)) {
			throw new NotPermittedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(region, region));
		}
		return RegionCode.of(region).scopePrefix();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
