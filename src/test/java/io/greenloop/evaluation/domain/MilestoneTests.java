package io.greenloop.evaluation.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Milestones wait for a reviewer; a recorded judgement gives their status. */
class MilestoneTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	// 建立“无废城市”建设协调机制
	final TargetSpec milestone = TargetSpec.of(Comparison.MILESTONE, null, MeasureKind.LEVEL, null,
			TargetValue.due(2023));

	@Test
	void needsJudgementUntilJudged() {
		Evaluation result = this.evaluator.evaluate(this.milestone, Observations.none(), 2022);
		assertThat(result.status()).isEqualTo(Status.NEEDS_JUDGEMENT);
		assertThat(result.judgement()).isNull();
		assertThat(result.explanation().zh()).contains("人工评定");
	}

	@Test
	void takesTheStatusOfTheJudgementOfTheYear() {
		Judgement judged = new Judgement(2022, Status.ON_TRACK, "张审核", "协调机制方案已报市政府");
		Evaluation result = this.evaluator.evaluate(this.milestone, Observations.none(), List.of(judged), 2022);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.judgement()).isEqualTo(judged);
		assertThat(result.explanation().zh()).contains("张审核", "协调机制方案已报市政府", "按进度");
		assertThat(result.explanation().en()).contains("Judged by 张审核 for 2022: on track");
		assertThat(this.evaluator.evaluate(this.milestone, Observations.none(), List.of(judged), 2023).status())
			.isEqualTo(Status.NEEDS_JUDGEMENT);
	}

	@Test
	void anAchievedMilestoneStaysAchievedAndTheLastJudgementOfAYearCounts() {
		List<Judgement> judgements = List.of(new Judgement(2022, Status.LAGGING, "张审核", "方案未印发"),
				new Judgement(2022, Status.ACHIEVED, "李处长", "市政府已印发协调机制"));
		assertThat(this.evaluator.evaluate(this.milestone, Observations.none(), judgements, 2022).status())
			.isEqualTo(Status.ACHIEVED);
		Evaluation later = this.evaluator.evaluate(this.milestone, Observations.none(), judgements, 2024);
		assertThat(later.status()).isEqualTo(Status.ACHIEVED);
		assertThat(later.judgement().reviewer()).isEqualTo("李处长");
	}

	@Test
	void judgesANumberTheEngineCannotJudge() {
		// a percentage decline from a base level of 0 is meaningless
		TargetSpec spec = TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE,
				Baseline.yearOnly(2020), TargetValue.of(2025, "10"));
		Observations levels = Observations.levels(Given.values(2020, "0", 2023, "0"));
		assertThat(this.evaluator.evaluate(spec, levels, 2023).status()).isEqualTo(Status.NEEDS_JUDGEMENT);
		Judgement judged = new Judgement(2023, Status.ACHIEVED, "王科长", "无排放源，保持为零");
		assertThat(this.evaluator.evaluate(spec, levels, List.of(judged), 2023).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void judgementsDoNotOverrideComputedStatuses() {
		TargetSpec spec = Given.atLeast(2020, "60", 2025, "80");
		Judgement judged = new Judgement(2023, Status.ACHIEVED, "王科长", "自评");
		assertThat(this.evaluator.evaluate(spec, measured(2023, "70"), List.of(judged), 2023).status())
			.isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aJudgementNeedsAJudgeableStatusAReviewerAndAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Judgement(2023, Status.NO_DATA, "张审核", "无"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Judgement(2023, Status.ACHIEVED, "张审核", " "));
		assertThatIllegalArgumentException().isThrownBy(() -> new Judgement(2023, Status.ACHIEVED, null, "已完成"));
	}

}
