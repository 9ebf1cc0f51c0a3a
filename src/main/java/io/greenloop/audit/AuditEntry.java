package io.greenloop.audit;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param id its number
 * @param at when
 * @param actor who (a username, or "system")
 * @param action what kind of thing happened: LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT,
 * SUBMISSION_*, CONFIGURATION, VALUES_IMPORTED, WASTE_REGISTRY
 * @param subject what it happened to, such as "submission 12" or "account
 * hohhot-reporter"
 * @param detail what happened, in words
 * @param region the region concerned, if any
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String detail,
		String region) {
}
