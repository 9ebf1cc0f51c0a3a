package io.greenloop.identity;

import java.util.Set;

/** What an administrator asks of accounts. */
public final class AccountCommands {

	private AccountCommands() {
	}

	/**
	 * Create an account; its region is its organisation's.
	 *
	 * @param username the login: 3-40 lower-case letters, digits, dots, dashes or
	 * underscores
	 * @param displayName the person's name or post
	 * @param password at least 8 characters
	 * @param organisationId the organisation it belongs to
	 * @param roles at least one role
	 * @param enabled whether it may log in
	 */
	public record CreateAccount(String username, String displayName, String password, Long organisationId,
			Set<Role> roles, boolean enabled) {
	}

	/**
	 * Change an account.
	 *
	 * @param displayName the person's name or post
	 * @param organisationId the organisation it belongs to
	 * @param roles at least one role
	 * @param enabled whether it may log in
	 */
	public record UpdateAccount(String displayName, Long organisationId, Set<Role> roles, boolean enabled) {
	}

}
