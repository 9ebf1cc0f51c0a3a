package io.greenloop.evaluation.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.EvaluationResults.EvaluationQuery;
import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.PlanView;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;

/**
 * The evaluation reports of a plan (annual monitoring, mid-term and final evaluation),
 * generated from the stored results as a Word document to finish by hand or a workbook of
 * every row. A report covers one region, the plan's own unless another is asked for, and
 * only what the caller may see.
 */
@Service
public class EvaluationReports {

	/**
	 * Reports are official documents, written in Chinese whatever the caller's language.
	 */
	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final EvaluationResults results;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final Clock clock;

	EvaluationReports(EvaluationResults results, IndicatorCatalogue catalogue, Regions regions, Clock clock) {
		this.results = results;
		this.catalogue = catalogue;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * A report as a file.
	 * @param planCode the plan's code
	 * @param kindCode annual, midterm or final
	 * @param regionCode the region, or null for the plan's own
	 * @param year for an annual report, the year, or null for the last complete one
	 * @param formatCode docx (or null) or xlsx
	 * @throws UnknownPlanException for an unknown plan
	 * @throws IllegalArgumentException for an unknown kind, format or region, or a year
	 * outside the plan's period
	 * @throws EvaluationRefusedException for a region outside the caller's data scope
	 */
	public Report generate(String planCode, String kindCode, String regionCode, Integer year, String formatCode) {
		PlanView plan = this.catalogue.plan(planCode).orElseThrow(() -> new UnknownPlanException(planCode));
		ReportKind kind = ReportKind.of(kindCode);
		ReportFormat format = ReportFormat.of(formatCode);
		ReportContent content = content(plan, kind, regionCode, year);
		byte[] bytes = switch (format) {
			case DOCX -> DocxReport.write(content);
			case XLSX -> XlsxReport.write(content);
		};
		return new Report(fileName(content, content.kind().title(), format),
				fileName(content, content.kind().code(), format), format.mediaType(), bytes);
	}

	/** What a report says, before it is written. */
	public ReportContent content(PlanView plan, ReportKind kind, String regionCode, Integer requestedYear) {
		String region = regionCode == null || regionCode.isBlank() ? plan.region() : RegionCode.of(regionCode).value();
		String regionName = this.regions.names().get(region);
		if (regionName == null) {
			throw new IllegalArgumentException("没有代码为“%s”的地区 / no region “%s”".formatted(region, region));
		}
		int thisYear = LocalDate.now(this.clock).getYear();
		int year = kind.year(plan, requestedYear, thisYear);
		List<EvaluationView> rows = upTo(year, find(plan, region, "PLAN"));
		List<EvaluationView> sdgRows = upTo(year, find(plan, region, "OPEN_SDG"));
		Map<String, List<EvaluationView>> byTargetAndRegion = rows.stream()
			.collect(Collectors.groupingBy(row -> row.targetCode() + " " + row.regionCode()));
		List<IndicatorView> targets = this.catalogue
			.indicators(new IndicatorQuery(plan.code(), null, null, null, null));
		List<ReportLine> lines = new ArrayList<>();
		for (IndicatorView target : targets) {
			String where = evaluatedIn(target, region);
			List<EvaluationView> results = byTargetAndRegion.get(target.code() + " " + where);
			if (results != null) {
				lines.add(line(target, results, where.equals(region) ? null : results.get(0).regionName()));
			}
		}
		return new ReportContent(plan, kind, year, thisYear, region, regionName, lines, targets.size() - lines.size(),
				rows, sdgRows, this.clock.instant());
	}

	/**
	 * Where a target is reported on: in its own region when that is the report's region
	 * or lies inside it (a district's target in its city's report), else in the report's
	 * region (a regional target where a city reported it).
	 */
	static String evaluatedIn(IndicatorView target, String region) {
		return RegionCode.of(region).covers(RegionCode.of(target.region())) ? target.region() : region;
	}

	private List<EvaluationView> find(PlanView plan, String region, String method) {
		return this.results.find(new EvaluationQuery(plan.code(), null, region, null, null, method), CHINESE);
	}

	private static List<EvaluationView> upTo(int year, List<EvaluationView> rows) {
		return rows.stream().filter(row -> row.year() <= year).toList();
	}

	/** A target's line: its latest result (the rows come by year) and latest value. */
	private static ReportLine line(IndicatorView target, List<EvaluationView> rows, String otherRegion) {
		EvaluationView last = rows.get(rows.size() - 1);
		EvaluationView valued = rows.stream().filter(row -> row.value() != null).reduce((a, b) -> b).orElse(null);
		String name = otherRegion == null ? target.name() : target.name() + "（" + otherRegion + "）";
		return new ReportLine(target.code(), name, target.unit() == null ? "" : target.unit(), target.level1(),
				target.level2(), baseline(target.baseline()),
				target.target().text() + "（" + target.target().year() + "年）", Status.valueOf(last.status()),
				last.year(), valued == null ? null : valued.value(), valued == null ? null : valued.year(),
				valued != null && ReportContent.isDemo(valued), responsible(target));
	}

	private static String baseline(IndicatorView.Baseline baseline) {
		if (baseline == null) {
			return "—";
		}
		String text = baseline.text() != null ? baseline.text()
				: baseline.value() != null ? ReportLine.plain(baseline.value()) : "—";
		return baseline.year() == null || baseline.value() == null ? text : text + "（" + baseline.year() + "年）";
	}

	/** 责任单位 as the plan words them, else the units read from them, else 牵头单位. */
	private static String responsible(IndicatorView target) {
		if (target.responsibleText() != null && !target.responsibleText().isBlank()) {
			return target.responsibleText();
		}
		List<IndicatorView.Unit> units = !target.responsibleUnits().isEmpty() ? target.responsibleUnits()
				: target.leadUnits();
		if (!units.isEmpty()) {
			return units.stream()
				.map(unit -> unit.shortName() != null ? unit.shortName() : unit.name())
				.collect(Collectors.joining("、"));
		}
		return target.leadText() != null && !target.leadText().isBlank() ? target.leadText() : "规划未载明";
	}

	private static String fileName(ReportContent content, String kind, ReportFormat format) {
		String region = content.regionCode().equals(content.plan().region()) ? "" : content.regionCode() + "-";
		return "%s-%s%d-%s.%s".formatted(content.plan().code(), region, content.year(), kind, format.extension());
	}

	/**
	 * A generated report.
	 *
	 * @param fileName the file's name, such as 003-2024-年度监测报告.docx
	 * @param asciiFileName the same in ASCII, for clients that cannot decode the other,
	 * such as 003-2024-annual.docx
	 * @param mediaType its media type
	 * @param content its bytes
	 */
	public record Report(String fileName, String asciiFileName, String mediaType, byte[] content) {
	}

}
