package io.greenloop.dashboard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.greenloop.dashboard.DashboardView.Area;
import io.greenloop.dashboard.DashboardView.Choice;
import io.greenloop.dashboard.DashboardView.Indicator;
import io.greenloop.dashboard.DashboardView.Place;
import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.EvaluationResults.StatusCount;
import io.greenloop.evaluation.EvaluationView;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.region.Region;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import io.greenloop.shared.VersionedCache;

import org.springframework.stereotype.Service;

/**
 * Builds the dashboard of a region from the stored evaluation results of it and the
 * regions below, within the caller's data scope (evaluation refuses a region outside it):
 * their counts by year, region and status, the lagging results of the year first, and
 * each division's latest value of the indicator chosen for the map. Nothing is computed
 * here that evaluation did not store: the dashboard only counts, ranks and picks. A
 * dashboard is kept until the read model changes, so that leaders' pages refreshing every
 * few seconds cost one small query each.
 */
@Service
public class Dashboards {

	private final EvaluationResults results;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final VersionedCache<ViewKey, DashboardView> views = new VersionedCache<>(256, view -> true);

	Dashboards(EvaluationResults results, IndicatorCatalogue catalogue, Regions regions, CurrentAccount current) {
		this.results = results;
		this.catalogue = catalogue;
		this.regions = regions;
		this.current = current;
	}

	/**
	 * The dashboard asked for, kept until the evaluation read model changes.
	 * @throws io.greenloop.evaluation.EvaluationRefusedException for a region outside the
	 * caller's data scope
	 * @throws io.greenloop.region.UnknownRegionException for a code that names no region
	 * @throws UnknownIndicatorException for an indicator that is no concept or target
	 */
	public DashboardView view(DashboardQuery query, Locale locale) {
		String code = query.region() != null ? query.region() : this.current.scope().regionCode();
		Region region = this.regions.get(RegionCode.of(code));
		this.results.visibleRegion(region.code());
		int year = query.year() != null ? query.year() : this.results.latestYear(region.code(), query.plan());
		Indicator indicator = query.indicator() == null ? null : indicator(query.indicator());
		boolean english = "en".equals(locale.getLanguage());
		return this.views.get(new ViewKey(region.code(), year, query.plan(), query.indicator(), english),
				this.results.version(), () -> build(region, year, query.plan(), indicator, locale));
	}

	private DashboardView build(Region region, int year, String plan, Indicator indicator, Locale locale) {
		List<StatusCount> counts = this.results.counts(region.code(), plan);
		List<StatusCount> ofYear = counts.stream().filter(count -> count.year() == year).toList();
		List<Region> below = region.level() < 3 ? this.regions.children(RegionCode.of(region.code())) : List.of();
		List<String> belowCodes = below.stream().map(Region::code).toList();
		List<EvaluationView> readings = indicator == null || below.isEmpty() ? List.of()
				: this.results.latest(plan, indicator.targets(), belowCodes, year, locale);
		List<Area> areas = below.stream().map(area -> area(area, ofYear, readings, indicator, year)).toList();
		Set<Integer> years = new TreeSet<>(counts.stream().map(StatusCount::year).toList());
		years.add(year);
		boolean demo = this.results.restsOnDemoValues(region.code(), plan, year)
				|| areas.stream().anyMatch(area -> area.reading() != null && area.reading().demo());
		Map<String, IndicatorView> targets = this.catalogue.indicators(new IndicatorQuery(plan, null, null, null, null))
			.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		List<String> reported = below.isEmpty() ? List.of() : this.results.targetsIn(plan, belowCodes);
		return new DashboardView(place(region),
				this.regions.path(RegionCode.of(region.code())).stream().map(Dashboards::place).toList(), year, plan,
				List.copyOf(years), Tallies.of(ofYear), Tallies.trend(counts), areas, indicator,
				choices(reported, targets),
				Tallies.lagging(this.results.lagging(region.code(), plan, year, Tallies.LAGGING_SHOWN, locale),
						responsible(targets)),
				Tallies.laggingCount(ofYear), demo);
	}

	private static Area area(Region area, List<StatusCount> ofYear, List<EvaluationView> readings, Indicator indicator,
			int year) {
		RegionCode code = RegionCode.of(area.code());
		List<StatusCount> inside = ofYear.stream()
			.filter(count -> code.covers(RegionCode.of(count.regionCode())))
			.toList();
		return new Area(area.code(), area.name(), Tallies.of(inside), indicator == null ? null
				: Tallies.latest(readings, Set.copyOf(indicator.targets()), area.code(), year).orElse(null));
	}

	/** A target, or a concept with every target measuring it. */
	private Indicator indicator(String code) {
		return this.catalogue.indicator(code)
			.map(target -> new Indicator(code, target.name(), target.unit(), direction(target.direction()),
					List.of(code)))
			.or(() -> this.catalogue.concept(code)
				.map(concept -> new Indicator(code, concept.name(), concept.unit(), direction(concept.direction()),
						this.catalogue.indicatorsOf(code).stream().map(IndicatorView::code).toList())))
			.orElseThrow(() -> new UnknownIndicatorException(code));
	}

	/**
	 * The concepts of the targets with results in the divisions below (any year): what
	 * the map can be coloured by.
	 */
	private List<Choice> choices(List<String> reported, Map<String, IndicatorView> targets) {
		Set<String> concepts = reported.stream()
			.map(targets::get)
			.filter(target -> target != null && target.concept() != null)
			.map(IndicatorView::concept)
			.collect(Collectors.toSet());
		return this.catalogue.concepts()
			.stream()
			.filter(concept -> concepts.contains(concept.code()))
			.map(concept -> new Choice(concept.code(), concept.name()))
			.toList();
	}

	private static Map<String, String> responsible(Map<String, IndicatorView> targets) {
		return targets.values().stream().collect(Collectors.toMap(IndicatorView::code, Dashboards::responsible));
	}

	/**
	 * Who answers for a target: its lead units (牵头单位), then its responsible units (责任单位);
	 * the plan's words where no unit could be read from them; "—" for none.
	 */
	static String responsible(IndicatorView target) {
		Set<String> names = Stream.of(target.leadUnits(), target.responsibleUnits())
			.flatMap(Collection::stream)
			.map(IndicatorView.Unit::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (names.isEmpty()) {
			return target.responsibleText() == null || target.responsibleText().isBlank() ? "—"
					: target.responsibleText();
		}
		return String.join("、", names);
	}

	private static String direction(Direction direction) {
		return direction == null ? Direction.NONE.name() : direction.name();
	}

	private static Place place(Region region) {
		return new Place(region.code(), region.name(), region.level());
	}

	private record ViewKey(String region, int year, String plan, String indicator, boolean english) {
	}

}
