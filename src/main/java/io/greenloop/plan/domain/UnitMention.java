package io.greenloop.plan.domain;

import io.greenloop.plan.UnitRole;

/**
 * A body named in a plan's responsibility text, in the plan's own words but completed:
 * "生态环境局" after "市工业和信息化局、" becomes "市生态环境局".
 *
 * @param name the completed name, such as 市生态环境局 or 和林格尔新区管委会
 * @param role what the plan makes it do
 * @param allBelow whether the mention means every government below the plan's region
 * ("各旗县区人民政府")
 */
public record UnitMention(String name, UnitRole role, boolean allBelow) {
}
