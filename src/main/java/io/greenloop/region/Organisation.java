package io.greenloop.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A body that acts in a region: a government, one of its departments, or a functional
 * area.
 *
 * @param id its id
 * @param name its full name, such as 呼和浩特市生态环境局
 * @param shortName the name the plans use, such as 市生态环境局, when it differs
 * @param kind what it is
 * @param regionCode the region it belongs to
 * @param parentId the government it belongs to, if any
 * @param statsCode the statistical code of a functional area that has one (such as
 * 150172)
 * @param aliases other names the plans use for it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organisation(long id, String name, String shortName, OrganisationKind kind, String regionCode,
		Long parentId, String statsCode, List<String> aliases) {
}
