package io.greenloop.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A region with the regions below it, as {@code GET /api/regions} answers.
 *
 * @param code its GB/T 2260 code
 * @param name its name
 * @param kind its kind
 * @param level its level
 * @param parentCode the region it belongs to; {@code null} for the autonomous region
 * @param children the divisions directly below it, by code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionNode(String code, String name, RegionKind kind, int level, String parentCode,
		List<RegionNode> children) {
}
