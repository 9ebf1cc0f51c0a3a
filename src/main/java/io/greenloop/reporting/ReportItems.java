package io.greenloop.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.reporting.persistence.AssignmentRepository;
import io.greenloop.reporting.persistence.SeriesRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * What a form asks for, and what an organisation reports of it: the targets of the form's
 * plan (or the source statistics) assigned to the organisation, whose region contains the
 * organisation's region.
 */
@Component
public class ReportItems {

	private final IndicatorCatalogue catalogue;

	private final SeriesRepository series;

	private final AssignmentRepository assignments;

	ReportItems(IndicatorCatalogue catalogue, SeriesRepository series, AssignmentRepository assignments) {
		this.catalogue = catalogue;
		this.series = series;
		this.assignments = assignments;
	}

	/** Every item of the form, in the plan's order. */
	public List<ReportItem> of(Form form) {
		if (form.planCode() == null) {
			return this.series.findAll().stream().map(ReportItems::item).toList();
		}
		return this.catalogue.indicators(new IndicatorQuery(form.planCode(), null, null, null, null))
			.stream()
			.map(ReportItems::item)
			.toList();
	}

	/** Every target of the catalogue and every series, by code. */
	Map<String, ReportItem> all() {
		Map<String, ReportItem> items = new HashMap<>();
		this.catalogue.indicators(IndicatorQuery.all()).forEach(target -> items.put(target.code(), item(target)));
		this.series.findAll().forEach(series -> items.put(series.code(), item(series)));
		return items;
	}

	/** The items of the form the organisation reports for its region. */
	public List<ReportItem> assigned(Form form, long organisationId, String regionCode) {
		Set<String> assigned = this.assignments.itemsOf(organisationId);
		RegionCode region = RegionCode.of(regionCode);
		return of(form).stream()
			.filter(item -> assigned.contains(item.code()))
			.filter(item -> item.regionCode() == null || RegionCode.of(item.regionCode()).covers(region))
			.toList();
	}

	/** A series: numeric, for any region, without target or baseline. */
	static ReportItem item(Series series) {
		return new ReportItem(series.code(), true, series.name(), series.unit(), true, null, null, null, null, null,
				null, null, null, null);
	}

	static ReportItem item(IndicatorView target) {
		boolean numeric = target.target().comparator() != TargetComparator.MILESTONE;
		return new ReportItem(target.code(), false, target.name(), target.unit(), numeric, target.measure().name(),
				target.concept(), target.level1(), target.level2(), target.seq(), target.region(),
				target.target().value(), target.target().text(),
				target.baseline() == null ? null : target.baseline().value());
	}

}
