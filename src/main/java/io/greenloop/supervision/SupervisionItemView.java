package io.greenloop.supervision;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A 督办 item: a missed milestone or round deadline the unit is asked to explain.
 *
 * @param id its id
 * @param taskCode the task
 * @param taskName its name
 * @param cause MILESTONE_MISSED or ROUND_MISSED
 * @param reference the milestone's due date or the round's id
 * @param roundId the round, for a missed round
 * @param responsibleId the unit first addressed (null when the task names none)
 * @param responsibleName its name
 * @param organisationId whom it is addressed to now (null: the administrators)
 * @param organisationName its name
 * @param level UNIT, LEAD or ADMINISTRATOR
 * @param state OPEN or ANSWERED
 * @param detail what was missed
 * @param openedAt when it was opened
 * @param replyDue the reply deadline
 * @param reply the answer
 * @param repliedBy who answered
 * @param repliedAt when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupervisionItemView(long id, String taskCode, String taskName, String cause, String reference,
		Long roundId, Long responsibleId, String responsibleName, Long organisationId, String organisationName,
		String level, String state, String detail, Instant openedAt, LocalDate replyDue, String reply, String repliedBy,
		Instant repliedAt) {
}
