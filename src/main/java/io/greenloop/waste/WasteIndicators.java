package io.greenloop.waste;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.Measure;
import io.greenloop.reporting.ApprovedValue;
import io.greenloop.reporting.ComputedValues;
import io.greenloop.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solid-waste indicators computed from the balances (一数一源), per region and year, with
 * the formulas of REFERENCE.md §7, over 工业 sites (GB/T 4754 sections B–D):
 * <ul>
 * <li>一般工业固体废物产生强度 (吨/万元) = 产生量 / 工业增加值;</li>
 * <li>工业危险废物产生强度 (千克/万元) = 产生量 × 1000 / 工业增加值;</li>
 * <li>一般工业固体废物综合利用率 (%) = 综合利用量 / (产生量 + 综合利用往年贮存量) × 100, where 综合利用量 includes what came
 * from earlier years' storage (NBS);</li>
 * <li>工业危险废物综合利用率 (%): the same structure (REFERENCE.md §7 notes it is by analogy);</li>
 * <li>工业危险废物填埋处置量 (t) and 一般工业固体废物贮存处置量 (t: 处置量 + 本年贮存净增量, when positive), whose 下降幅度 is
 * (基期 − 当年) / 基期 × 100.</li>
 * </ul>
 * 工业增加值 (亿元, ×10⁴ for 万元) is the approved value of the series
 * {@code industrial-value-added}. Each computed value of a catalogue target whose concept
 * is one of these, for the target's region, enters the indicator store through
 * reporting's {@link ComputedValues} with its lineage; an unchanged value is not recorded
 * again.
 */
@Service
public class WasteIndicators {

	static final String VALUE_ADDED = "industrial-value-added";

	static final String BY = "waste-balances";

	private final JdbcClient jdbc;

	private final ComputedValues computed;

	private final IndicatorCatalogue catalogue;

	private final WasteCatalogue wastes;

	WasteIndicators(JdbcClient jdbc, ComputedValues computed, IndicatorCatalogue catalogue, WasteCatalogue wastes) {
		this.jdbc = jdbc;
		this.computed = computed;
		this.catalogue = catalogue;
		this.wastes = wastes;
	}

	/**
	 * The indicators this module computes, by the catalogue concept they are the value
	 * of.
	 */
	public enum Kind {

		ISW_GENERATION_INTENSITY("industrial-solid-waste-generation-intensity", "吨/万元"),
		HW_GENERATION_INTENSITY("industrial-hazardous-waste-generation-intensity", "千克/万元"),
		ISW_UTILISATION_RATE("industrial-solid-waste-utilisation-rate", "%"),
		HW_UTILISATION_RATE("industrial-hazardous-waste-utilisation-rate", "%"),
		HW_LANDFILL("industrial-hazardous-waste-landfill-volume", "吨"),
		ISW_STORAGE_DISPOSAL("isw-storage-disposal-volume", "吨");

		private final String concept;

		private final String unit;

		Kind(String concept, String unit) {
			this.concept = concept;
			this.unit = unit;
		}

		public String concept() {
			return this.concept;
		}

		public String unit() {
			return this.unit;
		}

	}

	/** The totals of a region's industrial sites in a year (tonnes). */
	public record Totals(String regionCode, int year, long sites, long demoSites, BigDecimal iswGenerated,
			BigDecimal iswUtilised, BigDecimal iswPriorUtilised, BigDecimal iswDisposed, BigDecimal iswStockIncrease,
			BigDecimal hwGenerated, BigDecimal hwUtilised, BigDecimal hwPriorUtilised, BigDecimal hwLandfilled) {
	}

	/**
	 * One indicator's value for a region and year.
	 *
	 * @param value the computed value, null when an input is missing
	 * @param formula how it was computed, with the numbers
	 * @param reported the latest value a department reported by hand (or imported), if
	 * any
	 * @param difference computed − reported
	 * @param demo whether demonstration ledgers (演示数据) are among its inputs: such a value
	 * is shown, marked, but never entered into the indicator store
	 */
	public record Value(Kind kind, String regionCode, int year, BigDecimal value, String unit, String formula,
			BigDecimal reported, String reportedSource, BigDecimal difference, String itemCode, boolean demo) {
	}

	/** The totals of a region (and the regions below) in a year, from the balances. */
	public Totals totals(String regionCode, int year) {
		List<String> general = this.wastes.streams()
			.stream()
			.filter(stream -> "GENERAL_INDUSTRIAL".equals(stream.kind()))
			.map(SolidWasteStream::code)
			.toList();
		return this.jdbc.sql("""
				SELECT count(DISTINCT site_id) AS sites, count(DISTINCT site_id) FILTER (WHERE demo) AS demo_sites,
				  coalesce(sum(generated_t) FILTER (WHERE isw), 0) AS isw_g,
				  coalesce(sum(own_utilised_t + offsite_utilised_t) FILTER (WHERE isw), 0) AS isw_u,
				  coalesce(sum(prior_utilised_t) FILTER (WHERE isw), 0) AS isw_pu,
				  coalesce(sum(own_disposed_t + offsite_disposed_t) FILTER (WHERE isw), 0) AS isw_d,
				  coalesce(sum(own_closing_t - own_opening_t) FILTER (WHERE isw), 0) AS isw_ds,
				  coalesce(sum(generated_t) FILTER (WHERE hw), 0) AS hw_g,
				  coalesce(sum(own_utilised_t + offsite_utilised_t) FILTER (WHERE hw), 0) AS hw_u,
				  coalesce(sum(prior_utilised_t) FILTER (WHERE hw), 0) AS hw_pu,
				  coalesce(sum(landfilled_t) FILTER (WHERE hw), 0) AS hw_l
				FROM (SELECT b.*, waste_kind = 'GENERAL' AND waste_code = ANY (:general) AS isw,
				             waste_kind = 'HAZARDOUS' AS hw
				      FROM waste.balance b
				      WHERE year = :year AND industrial AND region_code LIKE :prefix) x""")
			.param("general", general.toArray(String[]::new))
			.param("year", year)
			.param("prefix", RegionCode.of(regionCode).scopePrefix() + "%")
			.query((rs, n) -> new Totals(regionCode, year, rs.getLong("sites"), rs.getLong("demo_sites"),
					rs.getBigDecimal("isw_g"), rs.getBigDecimal("isw_u"), rs.getBigDecimal("isw_pu"),
					rs.getBigDecimal("isw_d"), rs.getBigDecimal("isw_ds"), rs.getBigDecimal("hw_g"),
					rs.getBigDecimal("hw_u"), rs.getBigDecimal("hw_pu"), rs.getBigDecimal("hw_l")))
			.single();
	}

	/**
	 * The six indicators of a region and year, each beside the value reported by hand.
	 */
	public List<Value> values(String regionCode, int year) {
		Totals totals = totals(regionCode, year);
		Optional<ApprovedValue> valueAdded = this.computed.current(VALUE_ADDED, regionCode, String.valueOf(year));
		List<Value> values = new ArrayList<>();
		Map<Kind, IndicatorView> targets = targetsOf(regionCode);
		for (Kind kind : Kind.values()) {
			Computed result = compute(kind, totals, valueAdded.map(ApprovedValue::value).orElse(null));
			IndicatorView target = targets.get(kind);
			BigDecimal shown = result.value();
			String unit = kind.unit();
			String formula = result.formula();
			if (target != null && target.measure() == Measure.DECLINE_FROM_BASE) {
				Computed decline = decline(kind, regionCode, target.baseline().year(), result);
				shown = decline.value();
				unit = "%";
				formula = decline.formula();
			}
			BigDecimal reported = null;
			String reportedSource = null;
			if (target != null) {
				Optional<ApprovedValue> byHand = this.computed.latestReported(target.code(), regionCode,
						String.valueOf(year));
				reported = byHand.map(ApprovedValue::value).orElse(null);
				reportedSource = byHand.map(ApprovedValue::source).orElse(null);
			}
			values.add(new Value(kind, regionCode, year, shown, unit, formula, reported, reportedSource,
					(shown != null && reported != null) ? shown.subtract(reported) : null,
					(target != null) ? target.code() : null, totals.demoSites() > 0));
		}
		return values;
	}

	/**
	 * Records every computable value of the catalogue targets these indicators serve, for
	 * the years given, through {@link ComputedValues}; answers how many were recorded.
	 */
	@Transactional
	public int publish(List<Integer> years) {
		int recorded = 0;
		for (Kind kind : Kind.values()) {
			for (IndicatorView target : this.catalogue.indicatorsOf(kind.concept())) {
				if (target.region() == null
						|| !target.unit().equals(target.measure() == Measure.DECLINE_FROM_BASE ? "%" : kind.unit())) {
					continue;
				}
				for (int year : years) {
					Value value = values(target.region(), year).stream()
						.filter(v -> v.kind() == kind)
						.findFirst()
						.orElseThrow();
					if (value.value() == null || value.demo() || !inPeriods(year)) {
						continue;
					}
					Optional<ApprovedValue> current = this.computed.current(target.code(), target.region(),
							String.valueOf(year));
					if (current.isPresent() && ComputedValues.SOURCE.equals(current.get().source())
							&& current.get().value() != null && current.get().value().compareTo(value.value()) == 0) {
						continue;
					}
					this.computed.record(target.code(), target.region(), String.valueOf(year), value.value(),
							target.unit(), value.formula(), BY);
					recorded++;
				}
			}
		}
		return recorded;
	}

	private boolean inPeriods(int year) {
		return this.computed.periodExists(String.valueOf(year));
	}

	private Map<Kind, IndicatorView> targetsOf(String regionCode) {
		Map<Kind, IndicatorView> targets = new java.util.EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			this.catalogue.indicatorsOf(kind.concept())
				.stream()
				.filter(target -> regionCode.equals(target.region()))
				.findFirst()
				.ifPresent(target -> targets.put(kind, target));
		}
		return targets;
	}

	private record Computed(BigDecimal value, String formula) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static Computed compute(Kind kind, Totals t, BigDecimal valueAdded) {
		String where = "%s %d年 %d个工业场所台账 / ledgers of %d industrial sites".formatted(t.regionCode(), t.year(),
				t.sites(), t.sites());
		return switch (kind) {
			case ISW_GENERATION_INTENSITY -> intensity(t.iswGenerated(), BigDecimal.ONE, valueAdded,
					"一般工业固体废物产生量 %s 吨".formatted(plain(t.iswGenerated())), "吨/万元", where);
			case HW_GENERATION_INTENSITY -> intensity(t.hwGenerated(), BigDecimal.valueOf(1000), valueAdded,
					"工业危险废物产生量 %s 吨 × 1000".formatted(plain(t.hwGenerated())), "千克/万元", where);
			case ISW_UTILISATION_RATE ->
				rate(t.iswUtilised(), t.iswGenerated(), t.iswPriorUtilised(), "一般工业固体废物", where);
			case HW_UTILISATION_RATE -> rate(t.hwUtilised(), t.hwGenerated(), t.hwPriorUtilised(), "工业危险废物", where);
			case HW_LANDFILL ->
				new Computed(t.hwLandfilled(), "工业危险废物填埋处置量（方式D1）%s 吨；%s".formatted(plain(t.hwLandfilled()), where));
			case ISW_STORAGE_DISPOSAL -> {
				BigDecimal stored = t.iswStockIncrease().max(BigDecimal.ZERO);
				yield new Computed(t.iswDisposed().add(stored), "一般工业固体废物处置量 %s 吨 + 本年贮存净增量 %s 吨 = %s 吨；%s"
					.formatted(plain(t.iswDisposed()), plain(stored), plain(t.iswDisposed().add(stored)), where));
			}
		};
	}

	private static Computed intensity(BigDecimal generated, BigDecimal factor, BigDecimal valueAdded, String numerator,
			String unit, String where) {
		if (valueAdded == null || valueAdded.signum() <= 0) {
			return new Computed(null, "缺少工业增加值（%s）/ no approved 工业增加值; %s".formatted(VALUE_ADDED, where));
		}
		BigDecimal wan = valueAdded.multiply(TEN_THOUSAND);
		BigDecimal value = generated.multiply(factor).divide(wan, 4, RoundingMode.HALF_UP);
		return new Computed(value, "%s ÷ 工业增加值 %s 亿元（%s 万元）= %s %s；%s".formatted(numerator, plain(valueAdded),
				plain(wan), plain(value), unit, where));
	}

	private static Computed rate(BigDecimal utilised, BigDecimal generated, BigDecimal prior, String what,
			String where) {
		BigDecimal denominator = generated.add(prior);
		if (denominator.signum() <= 0) {
			return new Computed(null, "%s产生量为0 / nothing generated; %s".formatted(what, where));
		}
		BigDecimal value = utilised.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
		return new Computed(value, "%s综合利用量 %s 吨 ÷（产生量 %s 吨 + 综合利用往年贮存量 %s 吨）× 100 = %s%%；%s".formatted(what,
				plain(utilised), plain(generated), plain(prior), plain(value), where));
	}

	private Computed decline(Kind kind, String regionCode, int baseYear, Computed level) {
		if (level.value() == null) {
			return level;
		}
		Computed base = compute(kind, totals(regionCode, baseYear), null);
		if (!hasBalances(regionCode, baseYear) || base.value() == null || base.value().signum() <= 0) {
			return new Computed(null, "基期%d年没有台账数据，无法计算下降幅度 / no ledger for the base year %d; %s".formatted(baseYear,
					baseYear, level.formula()));
		}
		BigDecimal value = base.value()
			.subtract(level.value())
			.multiply(HUNDRED)
			.divide(base.value(), 2, RoundingMode.HALF_UP);
		return new Computed(value, "（基期%d年 %s 吨 − 当年 %s 吨）÷ %s 吨 × 100 = %s%%；当年：%s".formatted(baseYear,
				plain(base.value()), plain(level.value()), plain(base.value()), plain(value), level.formula()));
	}

	private boolean hasBalances(String regionCode, int year) {
		return this.jdbc.sql("SELECT count(*) FROM waste.balance WHERE year = :year AND region_code LIKE :prefix")
			.param("year", year)
			.param("prefix", RegionCode.of(regionCode).scopePrefix() + "%")
			.query(Long.class)
			.single() > 0;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
