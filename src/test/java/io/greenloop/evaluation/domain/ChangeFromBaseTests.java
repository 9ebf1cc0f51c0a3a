package io.greenloop.evaluation.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.evaluation.domain.Given.decimal;
import static io.greenloop.evaluation.domain.Given.measured;
import static io.greenloop.evaluation.domain.Given.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cumulative declines and increases since the base year, observed as themselves, as
 * levels or as yearly changes.
 */
class ChangeFromBaseTests {

	final TargetEvaluator evaluator = new TargetEvaluator();

	// 单位国内生产总值能源消耗降低 15.5% (2020 → 2025), compound
	final TargetSpec energyIntensity = TargetSpec
		.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.DECLINE_FROM_BASE, Baseline.yearOnly(2020),
				TargetValue.of(2025, "15.5"))
		.withShape(TrajectoryShape.COMPOUND);

	@Test
	void followsAConstantAnnualDeclineOfThreePointThreeOnePercent() {
		Evaluation result = this.evaluator.evaluate(this.energyIntensity, measured(2023, "9.5"), 2023);
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.shape()).isEqualTo(TrajectoryShape.COMPOUND);
		assertThat(result.annualRate()).isEqualByComparingTo("-0.03312274976");
		assertThat(result.expected()).isEqualByComparingTo("9.611323914");
		assertThat(result.progress()).isEqualByComparingTo("0.6129032258");
		assertThat(result.expectedProgress()).isEqualByComparingTo("0.6200854138");
		assertThat(result.gap()).isEqualByComparingTo("-0.1113239143");
		assertThat(result.inputs()).contains(new Input(Input.Role.BASELINE, 2020, decimal("0")));
		assertThat(result.explanation().zh()).contains("-3.31%", "9.61132%");
		assertThat(result.explanation().en()).contains("-3.31% a year");
	}

	@Test
	void derivesTheDeclineFromLevels() {
		// 1.52 tce/万元 in 2020, 1.3756 in 2023: (1.52 − 1.3756) / 1.52 = 9.5%
		Observations levels = Observations.levels(values(2020, "1.52", 2023, "1.3756"));
		Evaluation result = this.evaluator.evaluate(this.energyIntensity, levels, 2023);
		assertThat(result.value()).isEqualByComparingTo("9.5");
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.inputs()).contains(new Input(Input.Role.SOURCE, 2020, decimal("1.52")),
				new Input(Input.Role.SOURCE, 2023, decimal("1.3756")));
		assertThat(result.explanation().zh()).contains("(1.52 − 1.3756) / 1.52 × 100 = 9.5%");
	}

	@Test
	void chainsTheYearlyDeclinesOfTheBulletins() {
		// 比上年下降 3.2%, 3.1%, 3.3%: 1 − 0.968 × 0.969 × 0.967 = 9.2961736%
		Observations yearly = Observations.yearOnYear(values(2021, "3.2", 2022, "3.1", 2023, "3.3"));
		Evaluation result = this.evaluator.evaluate(this.energyIntensity, yearly, 2023);
		assertThat(result.value()).isEqualByComparingTo("9.2961736");
		assertThat(result.status()).isEqualTo(Status.ON_TRACK);
		assertThat(result.inputs()).contains(new Input(Input.Role.SOURCE, 2022, decimal("3.1")));
		Observations gap = Observations.yearOnYear(values(2021, "3.2", 2023, "3.3"));
		Evaluation broken = this.evaluator.evaluate(this.energyIntensity, gap, 2023);
		assertThat(broken.status()).isEqualTo(Status.NO_DATA);
		assertThat(broken.explanation().zh()).contains("逐年连续");
	}

	@Test
	void aDeclineNeedsAPositiveBaseLevel() {
		Evaluation noBase = this.evaluator.evaluate(this.energyIntensity,
				Observations.levels(values(2021, "1.5", 2023, "1.4")), 2023);
		assertThat(noBase.status()).isEqualTo(Status.NO_DATA);
		assertThat(noBase.explanation().zh()).contains("缺少基期年（2020）的水平值");
		Evaluation zeroBase = this.evaluator.evaluate(this.energyIntensity,
				Observations.levels(values(2020, "0", 2023, "0.1")), 2023);
		assertThat(zeroBase.status()).isEqualTo(Status.NEEDS_JUDGEMENT);
		assertThat(zeroBase.explanation().en()).contains("percentage change from it is meaningless");
	}

	@Test
	void linearDeclineExpectsAFifthEachYearAndEarlyAchievementCounts() {
		TargetSpec linear = this.energyIntensity.withShape(TrajectoryShape.LINEAR);
		Evaluation result = this.evaluator.evaluate(linear, measured(2023, "9.5"), 2023);
		assertThat(result.expected()).isEqualByComparingTo("9.3");
		assertThat(result.annualRate()).isNull();
		assertThat(this.evaluator.evaluate(linear, measured(2024, "16"), 2024).status()).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void anIncreaseAndAnAbsoluteChangeStartFromZeroToo() {
		// 主要资源产出率 较2020年提高约20%
		TargetSpec productivity = TargetSpec
			.of(Comparison.APPROX, Direction.HIGHER_IS_BETTER, MeasureKind.INCREASE_FROM_BASE, Baseline.yearOnly(2020),
					TargetValue.of(2025, "20"))
			.withShape(TrajectoryShape.COMPOUND);
		Evaluation increase = this.evaluator.evaluate(productivity,
				Observations.levels(values(2020, "4000", 2023, "4400")), 2023);
		assertThat(increase.value()).isEqualByComparingTo("10");
		assertThat(increase.expected()).isEqualByComparingTo("11.56006217");
		assertThat(increase.status()).isEqualTo(Status.ON_TRACK);
		// 新增完成环境整治的建制村 1200个
		TargetSpec villages = TargetSpec.of(Comparison.GE, Direction.HIGHER_IS_BETTER, MeasureKind.ABSOLUTE_CHANGE,
				Baseline.yearOnly(2020), TargetValue.of(2025, "1200"));
		Evaluation added = this.evaluator.evaluate(villages, Observations.levels(values(2020, "1838", 2022, "2238")),
				2022);
		assertThat(added.value()).isEqualByComparingTo("400");
		assertThat(added.expected()).isEqualByComparingTo("480");
		assertThat(added.status()).isEqualTo(Status.ON_TRACK);
	}

}
