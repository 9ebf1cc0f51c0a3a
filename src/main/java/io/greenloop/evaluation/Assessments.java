package io.greenloop.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.evaluation.persistence.AssessmentRepository;
import io.greenloop.evaluation.persistence.ResultRepository;
import io.greenloop.evaluation.persistence.ResultRepository.Result;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.region.Regions;
import io.greenloop.reporting.events.SubmissionChanged;
import io.greenloop.shared.RegionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment (考核): a score per region and per responsible unit for a year, from the
 * stored evaluation results and the scheme in force, with every point accounted for: each
 * target's status, points and weight, and each deduction.
 * <p>
 * Score = Σ(points × weight) / Σ(weight) over the targets the scheme gives points to,
 * minus late values × the late penalty and returned submissions × the return penalty
 * (regions only), never below 0; rounded to two decimals.
 */
@Service
public class Assessments {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final ResultRepository results;

	private final AssessmentRepository repository;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Assessments(ResultRepository results, AssessmentRepository repository, IndicatorCatalogue catalogue,
			Regions regions, CurrentAccount current, Clock clock) {
		this.results = results;
		this.repository = repository;
		this.catalogue = catalogue;
		this.regions = regions;
		this.current = current;
		this.clock = clock;
	}

	/** The scheme in force: the administrators', else the default. */
	@Transactional(readOnly = true)
	public AssessmentScheme scheme() {
		return this.repository.scheme()
			.map(text -> this.json.readValue(text, AssessmentScheme.class))
			.orElse(AssessmentScheme.DEFAULT);
	}

	@Transactional
	public AssessmentScheme saveScheme(AssessmentScheme scheme) {
		this.repository.saveScheme(this.json.writeValueAsString(scheme), this.current.require().username(),
				this.clock.instant());
		return scheme();
	}

	/** The year's scores in the caller's region (or a region within it) and below. */
	@Transactional(readOnly = true)
	public Assessment assess(int year, String region) {
		DataScope scope = this.current.scope();
		String shown = region != null ? region : scope.isAdmin() ? "150000" : scope.regionCode();
		if (!scope.sees(shown)) {
			throw new EvaluationRefusedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(shown, shown));
		}
		String prefix = RegionCode.of(shown).scopePrefix();
		AssessmentScheme scheme = scheme();
		Map<String, IndicatorView> targets = this.catalogue.indicators(IndicatorQuery.all())
			.stream()
			.collect(Collectors.toMap(IndicatorView::code, Function.identity()));
		List<Result> rows = this.results.find(Evaluations.PLAN, null, null, prefix, year, null);
		Map<String, Integer> late = this.repository.late(year, prefix);
		Map<String, Integer> returns = this.repository.returns(year, prefix);
		Map<String, String> names = this.regions.names();

		Map<String, List<Line>> byRegion = new LinkedHashMap<>();
		Map<String, List<Line>> byUnit = new LinkedHashMap<>();
		for (Result row : rows) {
			IndicatorView target = targets.get(row.targetCode());
			Line line = new Line(row.targetCode(), target == null ? null : target.name(), row.regionCode(),
					row.status(), scheme.statusPoints().get(row.status()),
					scheme.weight(row.targetCode(), row.planCode()));
			byRegion.computeIfAbsent(row.regionCode(), r -> new ArrayList<>()).add(line);
			for (String unit : Warnings.responsible(target).split("、")) {
				if (!"—".equals(unit)) {
					byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(line);
				}
			}
		}
		List<Score> regionScores = byRegion.entrySet()
			.stream()
			.map(e -> score(e.getKey(), names.get(e.getKey()), e.getValue(), late.getOrDefault(e.getKey(), 0),
					returns.getOrDefault(e.getKey(), 0), scheme))
			.sorted(Comparator.comparing(Score::key))
			.toList();
		List<Score> unitScores = byUnit.entrySet()
			.stream()
			.map(e -> score(e.getKey(), e.getKey(), e.getValue(), 0, 0, scheme))
			.sorted(Comparator.comparing(Score::score, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Score::key))
			.toList();
		return new Assessment(year, shown, scheme, regionScores, unitScores);
	}

	/** Each submission returned for revision counts against its region and year. */
	@EventListener
	void on(SubmissionChanged event) {
		if ("RETURN".equals(event.action())) {
			this.repository.recordReturn(event.submissionId(), event.regionCode(),
					Integer.parseInt(event.periodCode().substring(0, 4)), event.periodCode(), event.detail(),
					this.clock.instant());
		}
	}

	static Score score(String key, String name, List<Line> lines, int late, int returns, AssessmentScheme scheme) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Line line : lines) {
			if (line.points() != null) {
				weighted = weighted.add(line.points().multiply(line.weight()));
				weights = weights.add(line.weight());
			}
		}
		BigDecimal base = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
		BigDecimal deductions = scheme.latePenalty()
			.multiply(BigDecimal.valueOf(late))
			.add(scheme.returnPenalty().multiply(BigDecimal.valueOf(returns)));
		BigDecimal score = base == null ? null
				: base.subtract(deductions).max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		return new Score(key, name, score, base, late, returns, deductions, lines);
	}

	/**
	 * A year's assessment.
	 *
	 * @param year the year
	 * @param region the region assessed, with the regions below it
	 * @param scheme the scheme used
	 * @param regions the score of each region
	 * @param units the score of each responsible unit, from the targets it answers for
	 */
	public record Assessment(int year, String region, AssessmentScheme scheme, List<Score> regions, List<Score> units) {
	}

	/**
	 * A score with its breakdown.
	 *
	 * @param key the region's code or the unit's name
	 * @param name the name shown
	 * @param score the score, 0-100; null when no target has points yet
	 * @param base the weighted average of the targets' points, before deductions
	 * @param late values missing at their deadline
	 * @param returns submissions returned for revision
	 * @param deductions the points deducted
	 * @param lines each target: status, points (null: left out), weight
	 */
	public record Score(String key, String name, BigDecimal score, BigDecimal base, int late, int returns,
			BigDecimal deductions, List<Line> lines) {
	}

	/**
	 * One target's part in a score.
	 *
	 * @param targetCode the target
	 * @param targetName its name
	 * @param regionCode the region it was evaluated in
	 * @param status its status
	 * @param points the points of the status; null when the scheme gives none (left out)
	 * @param weight its weight
	 */
	public record Line(String targetCode, String targetName, String regionCode, String status, BigDecimal points,
			BigDecimal weight) {
	}

}
