package io.greenloop.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.greenloop.evaluation.domain.Evaluation;
import io.greenloop.evaluation.domain.Input;
import io.greenloop.evaluation.domain.Judgement;
import io.greenloop.evaluation.domain.Observations;
import io.greenloop.evaluation.domain.OpenSdgMethod;
import io.greenloop.evaluation.domain.SdgEvaluation;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.domain.TargetEvaluator;
import io.greenloop.evaluation.persistence.InputDigestRepository;
import io.greenloop.evaluation.persistence.JudgementRepository;
import io.greenloop.evaluation.persistence.ObservationRepository;
import io.greenloop.evaluation.persistence.ObservationRepository.Observation;
import io.greenloop.evaluation.persistence.ResultRepository;
import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.evaluation.persistence.ResultRepository.Result;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.PlanView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores where targets stand (the read model pages and APIs read): for a
 * target in a region, every year from the first after its base year to its due year (or
 * this year, if earlier), by the plan trajectory method and by the Open SDG method. A
 * target is evaluated in its own region, and in every region below that reported it.
 */
@Service
@EnableConfigurationProperties(EvaluationProperties.class)
public class Evaluations {

	static final String PLAN = "PLAN";

	static final String OPEN_SDG = "OPEN_SDG";

	private final IndicatorCatalogue catalogue;

	private final ObservationRepository observations;

	private final ResultRepository results;

	private final JudgementRepository judgements;

	private final Clock clock;

	private final Warnings warnings;

	private final TargetEvaluator evaluator;

	private final OpenSdgMethod sdg = new OpenSdgMethod();

	private final JsonMapper json = JsonMapper.builder().build();

	private final InputDigestRepository digests;

	private final InputDigests inputs;

	Evaluations(IndicatorCatalogue catalogue, ObservationRepository observations, ResultRepository results,
			JudgementRepository judgements, InputDigestRepository digests, Clock clock, Warnings warnings,
			EvaluationProperties properties) {
		this.catalogue = catalogue;
		this.observations = observations;
		this.results = results;
		this.judgements = judgements;
		this.clock = clock;
		this.warnings = warnings;
		this.evaluator = new TargetEvaluator(properties.thresholds());
		this.digests = digests;
		this.inputs = InputDigests.of(properties.thresholds());
	}

	/**
	 * Re-evaluates every target in its own region and wherever it was reported. The
	 * results of a target and region whose inputs have not changed since they were stored
	 * (same digest, see {@link InputDigests}) would come out the same and are left as
	 * they are, unless {@code everything} is asked for; the results of targets no longer
	 * in the catalogue are removed.
	 */
	@Transactional
	public Recomputed recomputeAll(boolean everything) {
		Map<Key, List<Observation>> observed = this.observations.findAll()
			.stream()
			.collect(Collectors.groupingBy(o -> new Key(o.targetCode(), o.regionCode())));
		Set<Key> keys = new LinkedHashSet<>();
		Map<String, IndicatorView> catalogued = new HashMap<>();
		for (IndicatorView target : this.catalogue.indicators(IndicatorQuery.all())) {
			keys.add(new Key(target.code(), target.region()));
			catalogued.put(target.code(), target);
		}
		observed.keySet().stream().filter(key -> catalogued.containsKey(key.targetCode())).forEach(keys::add);
		Map<Key, String> stored = this.digests.findAll();
		List<Key> gone = stored.keySet().stream().filter(key -> !keys.contains(key)).toList();
		this.results.delete(gone);
		this.digests.delete(gone);
		Map<Key, List<Judgement>> judged = this.judgements.findAll();
		Stored written = store(keys, catalogued::get, observed, judged, everything ? Map.of() : stored);
		return new Recomputed(keys.size(), written.keys(), written.results());
	}

	/** Re-evaluates the targets in the regions given, after their values changed. */
	@Transactional
	public int evaluate(Collection<Key> keys) {
		return store(keys, code -> this.catalogue.indicator(code).orElse(null), this.observations.find(keys),
				this.judgements.find(keys), Map.of())
			.results();
	}

	/** Stores what the observations of a catalogue target say, then re-evaluates it. */
	@Transactional
	public int observe(Collection<Observation> observed) {
		this.observations.save(observed);
		return evaluate(observed.stream()
			.map(o -> new Key(o.targetCode(), o.regionCode()))
			.collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	/** Whether the code is a catalogue target (and not, say, a statistical series). */
	boolean isTarget(String code) {
		return this.catalogue.indicator(code).isPresent();
	}

	/**
	 * Evaluates the targets in the regions given, from their observations and judgements
	 * (read beforehand: the results are computed while they are being copied to the
	 * database), and replaces their stored results and input digests; skips those whose
	 * digest is the one {@code stored}. A key whose target is not in the catalogue (null
	 * from {@code catalogued}) is left alone.
	 */
	private Stored store(Collection<Key> keys, Function<String, IndicatorView> catalogued,
			Map<Key, List<Observation>> observed, Map<Key, List<Judgement>> judged, Map<Key, String> stored) {
		Map<String, PlanView> plans = this.catalogue.plans()
			.stream()
			.collect(Collectors.toMap(PlanView::code, Function.identity()));
		Map<String, IndicatorView> targets = new TreeMap<>();
		for (Key key : keys) {
			targets.computeIfAbsent(key.targetCode(), catalogued);
		}
		Instant now = this.clock.instant();
		int thisYear = LocalDate.now(this.clock).getYear();
		Map<Key, String> digests = digests(keys, targets, plans, observed, judged, thisYear);
		digests.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
		List<Key> changed = List.copyOf(digests.keySet());
		// what the warnings look at: each target and region's latest plan result with a
		// value, in the order of the first such result of each, as the warnings would
		// find them among all the results
		Map<Key, Result> latest = new LinkedHashMap<>();
		int[] count = { 0 };
		Stream<Result> rows = changed.stream().flatMap(key -> {
			IndicatorView target = targets.get(key.targetCode());
			List<Result> evaluated = evaluate(target, Optional.ofNullable(plans.get(target.planCode())),
					key.regionCode(), observed.getOrDefault(key, List.of()), judged.getOrDefault(key, List.of()),
					thisYear, now);
			for (Result row : evaluated) {
				if (PLAN.equals(row.method()) && row.value() != null) {
					latest.merge(key, row, (a, b) -> a.year() >= b.year() ? a : b);
				}
			}
			count[0] += evaluated.size();
			return evaluated.stream();
		});
		this.warnings.afterEvaluation(this.results.replace(changed, rows), List.copyOf(latest.values()), targets);
		this.digests.save(digests);
		return new Stored(changed.size(), count[0]);
	}

	/** The input digest of each key whose target is catalogued, in the keys' order. */
	private Map<Key, String> digests(Collection<Key> keys, Map<String, IndicatorView> targets,
			Map<String, PlanView> plans, Map<Key, List<Observation>> observed, Map<Key, List<Judgement>> judged,
			int thisYear) {
		Map<String, String> texts = new HashMap<>();
		Map<Key, String> digests = new LinkedHashMap<>();
		for (Key key : keys) {
			IndicatorView target = targets.get(key.targetCode());
			if (target == null) {
				continue;
			}
			String text = texts.computeIfAbsent(target.code(),
					code -> this.inputs.ofTarget(target + "\u0000" + plans.get(target.planCode())));
			digests.put(key, this.inputs.of(text, key.regionCode(), observed.getOrDefault(key, List.of()),
					judged.getOrDefault(key, List.of()), thisYear));
		}
		return digests;
	}

	private List<Result> evaluate(IndicatorView target, Optional<PlanView> plan, String region,
			List<Observation> observed, List<Judgement> judged, int thisYear, Instant now) {
		TargetSpecs.Mapped mapped = TargetSpecs.of(target, plan);
		SortedMap<Integer, Observation> yearly = yearly(observed);
		List<Result> rows = new ArrayList<>();
		for (int year : years(target, plan, thisYear)) {
			Observation used = yearly.get(year);
			String source = used == null ? null : used.provenance();
			if (mapped.spec() == null) {
				rows.add(unmappable(target, region, year, mapped.refusal(), judged, source, now));
				continue;
			}
			Observations upToYear = Observations.of(yearly.headMap(year + 1)
				.entrySet()
				.stream()
				.filter(e -> e.getValue().value() != null)
				.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value())));
			Evaluation plain = this.evaluator.evaluate(mapped.spec(), upToYear, judged, year);
			rows.add(new Result(target.code(), region, year, PLAN, target.planCode(), plain.status().name(),
					plain.value(), plain.target(), plain.expected(), plain.progress(), plain.expectedProgress(),
					plain.gap(), plain.projection() == null ? null : plain.projection().value(),
					plain.explanation().zh(), plain.explanation().en(), inputs(plain.inputs()), source, now));
			SdgEvaluation open = this.sdg.evaluate(mapped.spec(), upToYear, year);
			rows.add(new Result(target.code(), region, year, OPEN_SDG, target.planCode(), open.status().name(),
					open.currentValue(), open.target(), null, open.progressValue(), null, null, null,
					open.explanation().zh(), open.explanation().en(), inputs(open.inputs()), source, now));
		}
		return rows;
	}

	/**
	 * A target whose figures the engine cannot take: a reviewer's judgement, else 待人工评定
	 * with the reasons.
	 */
	private Result unmappable(IndicatorView target, String region, int year, String refusal, List<Judgement> judged,
			String source, Instant now) {
		Optional<Judgement> judgement = TargetEvaluator.judgementFor(judged, year);
		String zh = "无法按数值评估：" + refusal
				+ judgement.map(j -> "。人工评定（%s）：%s".formatted(j.reviewer(), j.reason())).orElse("");
		String en = "Cannot be evaluated by numbers: " + refusal
				+ judgement.map(j -> ". Judged by %s: %s".formatted(j.reviewer(), j.reason())).orElse("");
		return new Result(target.code(), region, year, PLAN, target.planCode(),
				judgement.map(Judgement::status).orElse(Status.NEEDS_JUDGEMENT).name(), null, null, null, null, null,
				null, null, zh, en, "[]", source, now);
	}

	/**
	 * Each year's value: the year's own, else its latest quarter's or month's (where the
	 * year stands so far).
	 */
	static SortedMap<Integer, Observation> yearly(List<Observation> observed) {
		SortedMap<Integer, Observation> yearly = new TreeMap<>();
		for (Observation o : observed) {
			yearly.merge(o.year(), o,
					(a, b) -> a.subPeriod() == 0 ? a : b.subPeriod() == 0 || b.subPeriod() > a.subPeriod() ? b : a);
		}
		return yearly;
	}

	/**
	 * The years a target is evaluated in: from the first after its base year (or the
	 * plan's first) to its due year, but not beyond this year.
	 */
	static List<Integer> years(IndicatorView target, Optional<PlanView> plan, int thisYear) {
		Integer base = target.baseline() != null && target.baseline().year() != null ? target.baseline().year()
				: plan.map(PlanView::baseYear).orElse(null);
		int first = base != null ? base + 1 : plan.map(PlanView::periodStart).orElse(target.target().year());
		int last = Math.min(target.target().year(), thisYear);
		List<Integer> years = new ArrayList<>();
		for (int year = Math.min(first, target.target().year()); year <= last; year++) {
			years.add(year);
		}
		return years;
	}

	private String inputs(List<Input> inputs) {
		return this.json.writeValueAsString(inputs);
	}

	/**
	 * What a full re-evaluation did.
	 *
	 * @param targets the targets in their regions evaluated (own region and wherever
	 * reported)
	 * @param evaluated those whose inputs had changed, recomputed
	 * @param results the results written for them
	 */
	public record Recomputed(int targets, int evaluated, int results) {
	}

	private record Stored(int keys, int results) {
	}

}
