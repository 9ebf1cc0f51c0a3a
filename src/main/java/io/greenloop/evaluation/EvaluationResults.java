package io.greenloop.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.evaluation.domain.Judgement;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.persistence.JudgementRepository;
import io.greenloop.evaluation.persistence.ReadModelVersion;
import io.greenloop.evaluation.persistence.ResultRepository;
import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.evaluation.persistence.ResultRepository.Result;
import io.greenloop.evaluation.persistence.ResultSummaryRepository;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import io.greenloop.shared.VersionedCache;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored results, within the caller's data scope, and reviewers' judgements of the
 * targets numbers cannot settle.
 */
@Service
public class EvaluationResults {

	private final ResultRepository results;

	private final JudgementRepository judgements;

	private final ResultSummaryRepository summaries;

	private final ReadModelVersion version;

	private final Evaluations evaluations;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/** The largest answer kept until the read model changes. */
	static final int KEPT_ROWS = 2000;

	private final VersionedCache<YearKey, Integer> latestYears = new VersionedCache<>(256, year -> true);

	private final VersionedCache<OverviewKey, Overview> overviews = new VersionedCache<>(256, overview -> true);

	private final VersionedCache<PageKey, ResultPage> pages = new VersionedCache<>(512,
			page -> page.rows().size() <= KEPT_ROWS);

	EvaluationResults(ResultRepository results, ResultSummaryRepository summaries, JudgementRepository judgements,
			ReadModelVersion version, Evaluations evaluations, IndicatorCatalogue catalogue, Regions regions,
			CurrentAccount current, Clock clock) {
		this.results = results;
		this.summaries = summaries;
		this.judgements = judgements;
		this.version = version;
		this.evaluations = evaluations;
		this.catalogue = catalogue;
		this.regions = regions;
		this.current = current;
		this.clock = clock;
	}

	/**
	 * The results matching the query; without a region, the caller's region and below.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<EvaluationView> find(EvaluationQuery query, Locale locale) {
		return page(query, null, 0, locale).rows();
	}

	/**
	 * A page of the results matching the query, in the order of plan, target, region and
	 * year, with how many match in all; without a region, the caller's region and below.
	 * What was read is kept until the read model changes (answers of up to
	 * {@link #KEPT_ROWS} rows).
	 * @param limit how many at most; null for all
	 * @param offset how many to skip
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public ResultPage page(EvaluationQuery query, Integer limit, int offset, Locale locale) {
		PageKey key = new PageKey(normalised(query), limit, offset, "en".equals(locale.getLanguage()));
		return this.pages.get(key, this.version.current(), () -> read(key));
	}

	/**
	 * The query with the region it is answered for (the caller's, if none is named) and
	 * its method (PLAN, if none is named).
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	private EvaluationQuery normalised(EvaluationQuery query) {
		return new EvaluationQuery(query.plan(), query.target(), visibleRegion(query.region()), query.year(),
				query.status(), query.method() == null ? Evaluations.PLAN : query.method());
	}

	private ResultPage read(PageKey key) {
		EvaluationQuery query = key.query();
		String prefix = query.region() == null ? null : RegionCode.of(query.region()).scopePrefix();
		List<Result> rows = this.results.find(query.method(), query.plan(), query.target(), prefix, query.year(),
				query.status(), key.limit(), key.offset());
		long total = key.limit() == null && key.offset() == 0 ? rows.size() : this.results.count(query.method(),
				query.plan(), query.target(), prefix, query.year(), query.status());
		// the targets the rows can be of: the one the query names (every row is of it),
		// else those of the plan asked for, or all
		List<IndicatorView> catalogued = query.target() != null
				? this.catalogue.indicator(query.target()).stream().toList()
				: this.catalogue.indicators(new IndicatorQuery(query.plan(), null, null, null, null));
		return new ResultPage(views(rows, catalogued, key.english()), total);
	}

	/**
	 * What an overview of the results shows: how many match the query (status aside) by
	 * status, and a page of those of the query's status (or all), ordered by status as
	 * given, then by plan, target and region. Kept until the read model changes.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public Overview overview(EvaluationQuery query, List<String> statusOrder, int limit, int offset, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		OverviewKey key = new OverviewKey(normalised(query), List.copyOf(statusOrder), limit, offset, english);
		return this.overviews.get(key, this.version.current(), () -> {
			EvaluationQuery q = key.query();
			String prefix = q.region() == null ? null : RegionCode.of(q.region()).scopePrefix();
			Map<String, Long> counts = this.results.countByStatus(q.method(), q.plan(), q.target(), prefix, q.year());
			List<Result> rows = this.results.findByStatus(q.method(), q.plan(), q.target(), prefix, q.year(),
					q.status(), key.statusOrder(), limit, offset);
			return new Overview(Map.copyOf(counts), views(rows, catalogued(q.plan()), english));
		});
	}

	/**
	 * The year to show a region in when none is asked for: the latest year with results
	 * up to this year (a plan's last year stays shown after it ends), else this year.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public int latestYear(String region, String plan) {
		String shown = visibleRegion(region);
		int thisYear = LocalDate.now(this.clock).getYear();
		return this.latestYears.get(new YearKey(shown, plan, thisYear), this.version.current(),
				() -> this.summaries
					.latestYear(plan, shown == null ? null : RegionCode.of(shown).scopePrefix(), thisYear)
					.orElse(thisYear));
	}

	/**
	 * The read model's version (results and warnings): what was read from it stays true
	 * until it changes.
	 */
	@Transactional(readOnly = true)
	public long version() {
		return this.version.current();
	}

	/**
	 * The region a caller asks for, else the caller's own (null for an administrator:
	 * every region).
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	public String visibleRegion(String region) {
		DataScope scope = this.current.scope();
		String shown = region != null ? region : scope.isAdmin() ? null : scope.regionCode();
		if (shown != null && !scope.sees(shown)) {
			throw new EvaluationRefusedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(shown, shown));
		}
		return shown;
	}

	/**
	 * The plan method's results of a region and the regions below (of a plan, if given),
	 * counted by year, region and status.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<StatusCount> counts(String region, String plan) {
		String prefix = RegionCode.of(requireVisible(region)).scopePrefix();
		return this.summaries.counts(plan, prefix)
			.stream()
			.map(c -> new StatusCount(c.year(), c.regionCode(), c.status(), c.count()))
			.toList();
	}

	/**
	 * The lagging results of a year in a region and below: the seriously lagging first,
	 * then the furthest behind their expected progress.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<EvaluationView> lagging(String region, String plan, int year, int limit, Locale locale) {
		String prefix = RegionCode.of(requireVisible(region)).scopePrefix();
		return views(this.summaries.lagging(plan, prefix, year, limit), catalogued(plan),
				"en".equals(locale.getLanguage()));
	}

	/**
	 * In each of the regions, the latest result with a value, up to the year, of any of
	 * the targets.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<EvaluationView> latest(String plan, Collection<String> targets, Collection<String> regions, int year,
			Locale locale) {
		regions.forEach(this::requireVisible);
		return views(this.summaries.latest(plan, targets, regions, year), catalogued(plan),
				"en".equals(locale.getLanguage()));
	}

	/**
	 * The targets with results in any of the regions (of the plan, if given).
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public List<String> targetsIn(String plan, Collection<String> regions) {
		regions.forEach(this::requireVisible);
		return this.summaries.targetsIn(plan, regions);
	}

	/**
	 * Whether any result of the year in the region and below rests on demonstration data
	 * (演示数据).
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	@Transactional(readOnly = true)
	public boolean restsOnDemoValues(String region, String plan, int year) {
		return this.summaries.anySource(plan, RegionCode.of(requireVisible(region)).scopePrefix(), year, "DEMO");
	}

	private String requireVisible(String region) {
		return visibleRegion(java.util.Objects.requireNonNull(region, "region"));
	}

	private List<IndicatorView> catalogued(String plan) {
		return this.catalogue.indicators(new IndicatorQuery(plan, null, null, null, null));
	}

	private List<EvaluationView> views(List<Result> rows, List<IndicatorView> catalogued, boolean english) {
		Map<String, IndicatorView> targets = catalogued.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		Map<String, String> names = this.regions.names();
		return rows.stream().map(row -> view(row, targets.get(row.targetCode()), names, english)).toList();
	}

	/**
	 * Records a reviewer's judgement of a target in a region and year, and re-evaluates
	 * it. Only reviewers of the region or above, and administrators, judge.
	 */
	@Transactional
	public List<EvaluationView> judge(String targetCode, String regionCode, int year, Status status, String reason,
			Locale locale) {
		DataScope scope = this.current.scope();
		if (!(scope.isAdmin() || scope.has(Role.REVIEWER) && scope.sees(regionCode))) {
			throw new EvaluationRefusedException(
					"只有本地区或上级的审核员可以人工评定 / only a reviewer of the region or above may judge");
		}
		if (this.catalogue.indicator(targetCode).isEmpty()) {
			throw new IllegalArgumentException("没有指标 %s / no target %s".formatted(targetCode, targetCode));
		}
		RegionCode.of(regionCode);
		this.judgements.add(targetCode, regionCode, new Judgement(year, status, scope.username(), reason),
				Instant.now(this.clock));
		this.evaluations.evaluate(List.of(new Key(targetCode, regionCode)));
		return find(new EvaluationQuery(null, targetCode, regionCode, year, null, Evaluations.PLAN), locale);
	}

	private EvaluationView view(Result row, IndicatorView target, Map<String, String> names, boolean english) {
		Optional<IndicatorView> known = Optional.ofNullable(target);
		return new EvaluationView(row.targetCode(), known.map(IndicatorView::name).orElse(null), row.planCode(),
				known.map(IndicatorView::unit).orElse(null), known.map(t -> t.target().text()).orElse(null),
				row.regionCode(), names.get(row.regionCode()), row.year(), row.method(), row.status(), row.value(),
				row.target(), row.expected(), row.progress(), row.expectedProgress(), row.gap(), row.projection(),
				english ? row.explanationEn() : row.explanationZh(),
				List.of(this.json.readValue(row.inputs(), EvaluationView.Input[].class)), row.valueSource(),
				row.evaluatedAt());
	}

	/**
	 * What to look for; every part optional.
	 *
	 * @param plan a plan's code
	 * @param target a target's code
	 * @param region a region: it and the regions below
	 * @param year a year
	 * @param status a status's name
	 * @param method PLAN (default) or OPEN_SDG
	 */
	public record EvaluationQuery(String plan, String target, String region, Integer year, String status,
			String method) {
	}

	/**
	 * A page of results.
	 *
	 * @param rows the results of the page
	 * @param total how many match in all
	 */
	public record ResultPage(List<EvaluationView> rows, long total) {
	}

	/**
	 * How many results of a region and year have a status.
	 *
	 * @param year the year
	 * @param regionCode the region
	 * @param status the status's name
	 * @param count how many
	 */
	public record StatusCount(int year, String regionCode, String status, long count) {
	}

	/**
	 * An overview of results.
	 *
	 * @param counts how many match, status aside, by status
	 * @param rows the page asked for
	 */
	public record Overview(Map<String, Long> counts, List<EvaluationView> rows) {
	}

	private record YearKey(String region, String plan, int thisYear) {
	}

	private record OverviewKey(EvaluationQuery query, List<String> statusOrder, int limit, int offset,
			boolean english) {
	}

	private record PageKey(EvaluationQuery query, Integer limit, int offset, boolean english) {
	}

}
