package io.greenloop.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

	/** The most values {@link #find} answers; the {@link #export} has them all. */
	public static final int LIMIT = 10_000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final List<ColumnSpec> COLUMNS = List.of(new ColumnSpec("编号", 12, false, null),
			new ColumnSpec("指标", 40, false, null), new ColumnSpec("地区", 10, false, null),
			new ColumnSpec("地区名称", 16, false, null), new ColumnSpec("期间", 10, false, null),
			new ColumnSpec("值", 12, true, null), new ColumnSpec("单位", 10, false, null),
			new ColumnSpec("版本", 6, true, null), new ColumnSpec("来源", 16, false, null),
			new ColumnSpec("审核人", 16, false, null), new ColumnSpec("审核时间", 20, false, null),
			new ColumnSpec("备注", 30, false, null));

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
	 * A filter for {@link #export}, checked against the caller's data scope now, while
	 * the request can still be refused; the workbook is written later, as the response
	 * streams.
	 * @throws NotPermittedException if the region is outside the caller's data scope
	 */
	public ExportFilter exportFilter(String itemCode, String regionCode, String periodCode) {
		return new ExportFilter(blankToNull(itemCode), blankToNull(regionCode), blankToNull(periodCode),
				scopePrefix(regionCode));
	}

	/**
	 * Writes every approved value of the filter as an Excel workbook, with the items' and
	 * regions' names and the filter in its heading. Unlike {@link #find}, there is no
	 * limit: the values come through a database cursor straight into the workbook's
	 * streamed rows, so memory stays bounded whatever their number.
	 */
	public void export(ExportFilter filter, OutputStream out) {
		Map<String, String> itemNames = new HashMap<>();
		this.catalogue.indicators(IndicatorQuery.all()).forEach(target -> itemNames.put(target.code(), target.name()));
		this.series.findAll().forEach(s -> itemNames.put(s.code(), s.name()));
		Map<String, String> regionNames = this.regions.names();
		try (Stream<ApprovedValue> found = this.values.streamAll(filter.itemCode, filter.regionPrefix,
				filter.periodCode)) {
			Iterable<List<Object>> rows = found.map(value -> row(value, itemNames, regionNames))::iterator;
			WorkbookWriter.write(out, new WorkbookContent("数据", "Greenloop 已审核数据 / approved values",
					List.of(Map.entry("指标", orAll(filter.itemCode)), Map.entry("地区", orAll(filter.regionCode)),
							Map.entry("期间", orAll(filter.periodCode)),
							Map.entry("导出时间", LocalDateTime.now(this.clock.withZone(CHINA)).withNano(0).toString())),
					COLUMNS, rows));
		}
	}

	private static List<Object> row(ApprovedValue value, Map<String, String> itemNames,
			Map<String, String> regionNames) {
		return Arrays.asList(value.itemCode(), itemNames.getOrDefault(value.itemCode(), ""), value.regionCode(),
				regionNames.getOrDefault(value.regionCode(), ""), value.periodCode(),
				value.value() != null ? value.value() : value.text(), value.unit(), value.revision(),
				value.demo() ? "演示数据 DEMO" : value.source() + " " + value.sourceId(), value.approvedBy(),
				value.approvedAt().atZone(CHINA).toLocalDateTime().toString(), value.note());
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

	private static String orAll(String part) {
		return part == null ? "全部" : part;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A filter of approved values, every part optional, whose region was checked against
	 * the caller's data scope when it was made ({@link #exportFilter}).
	 */
	public static final class ExportFilter {

		private final String itemCode;

		private final String regionCode;

		private final String periodCode;

		private final String regionPrefix;

		private ExportFilter(String itemCode, String regionCode, String periodCode, String regionPrefix) {
			this.itemCode = itemCode;
			this.regionCode = regionCode;
			this.periodCode = periodCode;
			this.regionPrefix = regionPrefix;
		}

	}

}
