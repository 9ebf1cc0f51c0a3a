package io.greenloop.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An {@link SdgEvaluation} being put together, with its explanation. */
final class SdgWork {

	final int year;

	final int targetYear;

	private final Narrative narrative = new Narrative();

	private final List<Input> inputs = new ArrayList<>();

	private Integer baseYear;

	private Double base;

	private Double current;

	private Double target;

	private Integer direction;

	private Double observed;

	private Double coefficient;

	SdgWork(int year, int targetYear) {
		this.year = year;
		this.targetYear = targetYear;
	}

	SdgWork say(String zh, String en) {
		this.narrative.say(zh, en);
		return this;
	}

	SdgWork base(int baseYear, double base) {
		this.baseYear = baseYear;
		this.base = base;
		this.inputs.add(new Input(Input.Role.BASELINE, baseYear, Figures.decimal(base)));
		return this;
	}

	SdgWork current(double current) {
		this.current = current;
		this.inputs.add(new Input(Input.Role.OBSERVED, this.year, Figures.decimal(current)));
		return say(
				Phrase.fill("基年%d值%s，%d年值%s。", this.baseYear, Figures.text(this.base), this.year,
						Figures.text(current)),
				Phrase.fill("Base value %s in %d, %s in %d.", Figures.text(this.base), this.baseYear,
						Figures.text(current), this.year));
	}

	SdgWork target(double target) {
		this.target = target;
		this.inputs.add(new Input(Input.Role.TARGET, this.targetYear, Figures.decimal(target)));
		return say(Phrase.fill("目标：%d年%s。", this.targetYear, Figures.text(target)),
				Phrase.fill("Target %s by %d.", Figures.text(target), this.targetYear));
	}

	SdgWork direction(int direction) {
		this.direction = direction;
		return this;
	}

	SdgWork observed(double observed) {
		this.observed = observed;
		return say(
				Phrase.fill("观测年均增长率 CAGR = (%s / %s)^(1/%d) − 1 = %s。", Figures.text(this.current),
						Figures.text(this.base), this.year - this.baseYear, Figures.rate(observed)),
				Phrase.fill("Observed CAGR = (%s / %s)^(1/%d) − 1 = %s.", Figures.text(this.current),
						Figures.text(this.base), this.year - this.baseYear, Figures.rate(observed)));
	}

	SdgWork coefficient(double coefficient, BigDecimal limit) {
		this.coefficient = coefficient;
		return say(Phrase.fill("自然极限%s，阈值乘以系数 C = %s。", limit.toPlainString(), Figures.text(coefficient)),
				Phrase.fill("Natural limit %s: thresholds multiplied by C = %s.", limit.toPlainString(),
						Figures.text(coefficient)));
	}

	SdgEvaluation unavailable(String zh, String en) {
		say(zh, en);
		return build(SdgStatus.NOT_AVAILABLE, null, null, null, null);
	}

	SdgEvaluation achieved() {
		String way = (this.direction > 0) ? "≥" : "≤";
		say(Phrase.fill("现值%s目标值 → %s（得分5）。", way, SdgStatus.TARGET_ACHIEVED.zh()),
				Phrase.fill("The value is %s the target → %s (score 5).", way, SdgStatus.TARGET_ACHIEVED.en()));
		return build(SdgStatus.TARGET_ACHIEVED, null, null, null, 5.0);
	}

	SdgEvaluation withTarget(double required, double ratio, SdgStatus status, double score,
			OpenSdgThresholds thresholds) {
		String years = Phrase.fill("(%s / %s)^(1/%d) − 1 = %s", Figures.text(this.target), Figures.text(this.base),
				this.targetYear - this.baseYear, Figures.rate(required));
		String high = Figures.text(thresholds.withTargetHigh());
		String medium = Figures.text(thresholds.withTargetMedium());
		say(Phrase.fill("所需年均增长率 = %s；R = 符号 × 方向 × 观测 / |所需| = %s（%s以上显著，%s以上中等，0以上有限）→ %s，得分%s。", years,
				Figures.text(ratio), high, medium, status.zh(), Figures.text(score)),
				Phrase.fill("Required CAGR = %s; R = sign × direction × observed / |required| = %s", years,
						Figures.text(ratio))
						+ Phrase.fill(" (substantial from %s, moderate from %s, limited from 0) → %s, score %s.", high,
								medium, status.en(), Figures.text(score)));
		return build(status, SdgEvaluation.Method.WITH_TARGET, required, ratio, score);
	}

	SdgEvaluation withoutTarget(double growth, double coefficient, SdgStatus status, double score,
			OpenSdgThresholds thresholds) {
		String high = Figures.rate(thresholds.withoutTargetHigh() * coefficient);
		String medium = Figures.rate(thresholds.withoutTargetMedium() * coefficient);
		say(Phrase.fill("无目标值：g = 符号 × 方向 × CAGR = %s（%s以上显著，%s以上中等，0以上有限）→ %s，得分%s。", Figures.rate(growth), high,
				medium, status.zh(), Figures.text(score)),
				Phrase.fill(
						"Without a target: g = sign × direction × CAGR = %s (substantial from %s, moderate from %s, limited",
						Figures.rate(growth), high, medium)
						+ Phrase.fill(" from 0) → %s, score %s.", status.en(), Figures.text(score)));
		return build(status, SdgEvaluation.Method.WITHOUT_TARGET, null, growth, score);
	}

	private SdgEvaluation build(SdgStatus status, SdgEvaluation.Method method, Double required, Double progress,
			Double score) {
		Direction good = (this.direction == null) ? null
				: (this.direction > 0) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
		return new SdgEvaluation(this.year, status, method, this.baseYear, Figures.decimal(this.base),
				Figures.decimal(this.current), Figures.decimal(this.target), this.targetYear, good,
				Figures.decimal(this.observed), Figures.decimal(required), Figures.decimal(progress),
				Figures.decimal(this.coefficient), Figures.decimal(score), this.narrative.explanation(), this.inputs);
	}

}
