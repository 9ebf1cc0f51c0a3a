package io.greenloop.supervision;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One project of a plan's project list, with its planned investment and its source.
 *
 * @param code 003-P&lt;序号&gt; for Hohhot's 项目清单, 000-P&lt;n&gt; for the circular-economy
 * plan's key projects
 * @param planCode the plan
 * @param seq the 序号
 * @param name the project's name, cleaned of the PDF conversion's breaks
 * @param sourceName the name as printed, when it differs
 * @param content the 工程建设内容
 * @param responsible the 责任单位 (a department, a government or an enterprise), as printed
 * @param investment the planned investment, as printed; null when the plan gives none
 * @param investmentUnit its unit, 万元
 * @param benefit the 效益分析
 * @param deadlineYear the 完成时限
 * @param review what an administrator should check
 * @param note why
 * @param source where the project is stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(String code, String planCode, Integer seq, String name, String sourceName, String content,
		String responsible, BigDecimal investment, String investmentUnit, String benefit, Integer deadlineYear,
		List<Review> review, String note, Provenance source) {
}
