package io.greenloop.identity.events;

/**
 * An account was created, changed, disabled or had its password reset.
 *
 * @param accountId the account
 * @param username its login
 * @param change what happened, in words: "created with roles [REPORTER] in 150100",
 * "roles → [REVIEWER]", "password reset"
 * @param by who did it (the administrator's username, or "system" at start-up)
 */
public record AccountChanged(long accountId, String username, String change, String by) {
}
