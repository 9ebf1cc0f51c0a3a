package io.greenloop.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.evaluation.domain.Judgement;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.persistence.JudgementRepository;
import io.greenloop.evaluation.persistence.ResultRepository;
import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.evaluation.persistence.ResultRepository.Result;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
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

	private final Evaluations evaluations;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	EvaluationResults(ResultRepository results, JudgementRepository judgements, Evaluations evaluations,
			IndicatorCatalogue catalogue, Regions regions, CurrentAccount current, Clock clock) {
		this.results = results;
		this.judgements = judgements;
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
		DataScope scope = this.current.scope();
		String region = query.region() != null ? query.region() : scope.isAdmin() ? null : scope.regionCode();
		if (region != null && !scope.sees(region)) {
			throw new EvaluationRefusedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(region, region));
		}
		String method = query.method() == null ? Evaluations.PLAN : query.method();
		List<Result> rows = this.results.find(method, query.plan(), query.target(),
				region == null ? null : RegionCode.of(region).scopePrefix(), query.year(), query.status());
		// the targets the rows can be of: the one the query names (every row is of it),
		// else those of the plan asked for, or all
		List<IndicatorView> catalogued = query.target() != null
				? this.catalogue.indicator(query.target()).stream().toList()
				: this.catalogue.indicators(new IndicatorQuery(query.plan(), null, null, null, null));
		Map<String, IndicatorView> targets = catalogued.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		Map<String, String> names = this.regions.names();
		boolean english = "en".equals(locale.getLanguage());
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

}
