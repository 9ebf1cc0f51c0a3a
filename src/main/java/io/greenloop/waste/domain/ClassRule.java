package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HJ 1259—2022 §4.2: the management class of a production site for a year, with the
 * reason in Chinese and English.
 * <p>
 * §4.2.1: 重点监管 (KEY) if any of: annual hazardous waste generation at the site of 100 t or
 * more (a 1), an own utilisation or disposal facility (a 2), a 危险废物经营许可证 held (a 3);
 * otherwise 简化管理 (SIMPLIFIED) from 10 t, 登记管理 (REGISTERED) below 10 t.
 * <p>
 * §4.2.3, the annual generation, judged on 1 January of the year assessed from the
 * calendar years before it: operating three years or more, the largest of the last three
 * years; one to three years, the largest year of the operating period; not operating,
 * under a year, or producing in cycles longer than three years, the larger of the EIA and
 * 排污许可 estimates (the site's {@code estimatedHwT}; none recorded counts as 0 t and says
 * so).
 */
public final class ClassRule {

	/** §4.2.1 a) 1): 100 t a year and more. */
	public static final BigDecimal KEY_TONNES = new BigDecimal("100");

	/** §4.2.1 b) and c): 10 t a year. */
	public static final BigDecimal SIMPLIFIED_TONNES = new BigDecimal("10");

	private ClassRule() {
	}

	/**
	 * What the rule looks at.
	 *
	 * @param year the year assessed
	 * @param operatingSince when the site began operating, null if it has not
	 * @param intermittent produces hazardous waste in cycles longer than three years
	 * @param estimatedHwT the larger of the EIA and 排污许可 estimates (t/a), null if none
	 * @param generatedByYear hazardous waste generated per calendar year (t), from the
	 * ledger
	 * @param ownTreatmentFacility has an own utilisation or disposal facility
	 * @param licensed holds a 危险废物经营许可证 valid in the year
	 */
	public record Facts(int year, LocalDate operatingSince, boolean intermittent, BigDecimal estimatedHwT,
			Map<Integer, BigDecimal> generatedByYear, boolean ownTreatmentFacility, boolean licensed) {
	}

	/** The class, the annual generation it was judged on, and why. */
	public record Assessment(ManagementClass managementClass, BigDecimal annualGenerationT, String reasonZh,
			String reasonEn) {
	}

	/** The annual generation and how it was determined (§4.2.3). */
	record Generation(BigDecimal tonnes, String zh, String en) {
	}

	public static Assessment assess(Facts facts) {
		Generation generation = annualGeneration(facts);
		String tonnes = generation.tonnes().stripTrailingZeros().toPlainString();
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		if (generation.tonnes().compareTo(KEY_TONNES) >= 0) {
			zh.add("危险废物年产生量 " + tonnes + " t，达到 100 t（§4.2.1 a) 1)）");
			en.add("annual hazardous waste generation " + tonnes + " t is 100 t or more (§4.2.1 a) 1))");
		}
		if (facts.ownTreatmentFacility()) {
			zh.add("具有危险废物自行利用处置设施（§4.2.1 a) 2)）");
			en.add("has its own utilisation or disposal facility (§4.2.1 a) 2))");
		}
		if (facts.licensed()) {
			zh.add(facts.year() + " 年持有危险废物经营许可证（§4.2.1 a) 3)）");
			en.add("holds a hazardous waste operating licence in " + facts.year() + " (§4.2.1 a) 3))");
		}
		ManagementClass result;
		if (!zh.isEmpty()) {
			result = ManagementClass.KEY;
		}
		else if (generation.tonnes().compareTo(SIMPLIFIED_TONNES) >= 0) {
			result = ManagementClass.SIMPLIFIED;
			zh.add("危险废物年产生量 " + tonnes + " t，10 t 及以上且不属于重点监管（§4.2.1 b)）");
			en.add("annual hazardous waste generation " + tonnes + " t is 10 t or more, and none of the key "
					+ "supervision conditions holds (§4.2.1 b))");
		}
		else {
			result = ManagementClass.REGISTERED;
			zh.add("危险废物年产生量 " + tonnes + " t，10 t 以下且不属于重点监管（§4.2.1 c)）");
			en.add("annual hazardous waste generation " + tonnes + " t is under 10 t, and none of the key "
					+ "supervision conditions holds (§4.2.1 c))");
		}
		return new Assessment(result, generation.tonnes(), String.join("；", zh) + "。年产生量：" + generation.zh() + "。",
				String.join("; ", en) + ". Annual generation: " + generation.en() + ".");
	}

	/** §4.2.3. */
	static Generation annualGeneration(Facts facts) {
		LocalDate judgedOn = LocalDate.of(facts.year(), 1, 1);
		LocalDate since = facts.operatingSince();
		if (since == null || since.isAfter(judgedOn.minusYears(1)) || facts.intermittent()) {
			return estimate(facts, since == null ? "未投运" : facts.intermittent() ? "间歇产生危险废物周期大于 3 年" : "投运不满 1 年",
					since == null ? "not operating" : facts.intermittent()
							? "produces in cycles longer than three years" : "operating for less than a year");
		}
		if (!since.isAfter(judgedOn.minusYears(3))) {
			int from = facts.year() - 3;
			return new Generation(largest(facts, from),
					"投运满 3 年，取近 3 年（" + from + "–" + (facts.year() - 1) + " 年）年最大量（§4.2.3）",
					"operating three years or more: the largest of the last three years (" + from + "–"
							+ (facts.year() - 1) + ", §4.2.3)");
		}
		int from = since.getYear();
		return new Generation(largest(facts, from),
				"投运满 1 年不满 3 年，取投运期间（" + from + "–" + (facts.year() - 1) + " 年）年最大量（§4.2.3）",
				"operating one to three years: the largest year of the operating period (" + from + "–"
						+ (facts.year() - 1) + ", §4.2.3)");
	}

	private static Generation estimate(Facts facts, String whyZh, String whyEn) {
		if (facts.estimatedHwT() == null) {
			return new Generation(BigDecimal.ZERO, whyZh + "，取环评、排污许可核算量，但未登记核算量，按 0 t 计（§4.2.3）",
					whyEn + ": the larger of the EIA and discharge permit estimates, but none is recorded, "
							+ "so 0 t (§4.2.3)");
		}
		return new Generation(facts.estimatedHwT(), whyZh + "，取环评、排污许可文件中较大的核算量（§4.2.3）",
				whyEn + ": the larger of the EIA and discharge permit estimates (§4.2.3)");
	}

	/** The largest yearly generation from a year to the year before the one assessed. */
	private static BigDecimal largest(Facts facts, int from) {
		BigDecimal largest = BigDecimal.ZERO;
		for (int year = from; year < facts.year(); year++) {
			BigDecimal generated = facts.generatedByYear().getOrDefault(year, BigDecimal.ZERO);
			largest = largest.max(generated);
		}
		return largest;
	}

}
