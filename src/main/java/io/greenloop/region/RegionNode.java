package io.greenloop.region;

import java.util.List;

/**
 * A region with the regions below it, as {@code GET /api/regions} answers.
 *
 * @param code its GB/T 2260 code
 * @param name its name
 * @param kind its kind
 * @param level its level
 * @param children the divisions directly below it, by code
 */
public record RegionNode(String code, String name, RegionKind kind, int level, List<RegionNode> children) {
}
