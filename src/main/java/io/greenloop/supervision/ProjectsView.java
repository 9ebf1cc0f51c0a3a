package io.greenloop.supervision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The project lists with their planned investment, summed per plan, and the target the
 * sum answers to: the indicator "无废城市"建设项目投资总额 of Hohhot's plan (222亿元).
 *
 * @param projects the projects
 * @param totals the planned investment per plan, in 万元
 * @param target the investment target from the catalogue, if the catalogue has it
 * @param actual each project's actual investment so far, as the lead units accepted it in
 * the rounds, in 万元, by project code (projects with none are absent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectsView(List<ProjectView> projects, List<Total> totals, InvestmentTarget target,
		Map<String, BigDecimal> actual) {

	/**
	 * @param planCode the plan
	 * @param projects how many projects it lists
	 * @param withInvestment how many of them give a figure
	 * @param planned their sum, in 万元
	 * @param actual the accepted actual investment of its projects so far, in 万元
	 * @param unit 万元
	 */
	public record Total(String planCode, int projects, int withInvestment, BigDecimal planned, BigDecimal actual,
			String unit) {
	}

	/**
	 * @param indicatorCode the catalogue target's code (003-T38)
	 * @param name the indicator's name
	 * @param value the target figure as the plan prints it
	 * @param unit its unit (亿元)
	 * @param valueInWan the figure in 万元, to compare with the totals
	 * @param planned the plan's planned total in 万元
	 * @param share the planned total as a share of the target, in percent
	 * @param actual the plan's accepted actual investment so far, in 万元
	 * @param actualShare the actual investment as a share of the target, in percent
	 */
	public record InvestmentTarget(String indicatorCode, String name, BigDecimal value, String unit,
			BigDecimal valueInWan, BigDecimal planned, BigDecimal share, BigDecimal actual, BigDecimal actualShare) {
	}

}
