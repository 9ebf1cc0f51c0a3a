package io.greenloop.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A catalogue target a task serves.
 *
 * @param targetCode the target's code in the catalogue
 * @param targetName the indicator as its plan words it
 * @param linkedBy "seed" for a link read from the task's words at load, otherwise the
 * administrator's account
 * @param evidence for a seeded link, the words of the task that name the indicator
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetLinkView(String targetCode, String targetName, String linkedBy, String evidence) {
}
