package io.greenloop.region;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An administrative division.
 *
 * @param code its GB/T 2260 code
 * @param name its name, such as 鄂尔多斯市
 * @param kind 地级市, 盟, 市辖区, 县级市, 县, 旗 or 自治旗
 * @param level 1 for the autonomous region, 2 for a 盟市, 3 for a 旗县级 unit
 * @param parentCode the code of the division it belongs to; {@code null} for the
 * autonomous region
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String code, String name, RegionKind kind, int level, String parentCode) {
}
