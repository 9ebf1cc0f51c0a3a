package io.greenloop.identity;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

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
	 * @param enabled whether it may log in; left out, it may
	 */
	public record CreateAccount(String username, String displayName, String password, Long organisationId,
			Set<Role> roles,
			@Schema(description = "Whether it may log in; left out, it may", defaultValue = "true") Boolean enabled) {

		/** Whether the account is to be enabled: unless asked otherwise. */
		public boolean enabledOrDefault() {
			return this.enabled == null || this.enabled;
		}

	}

	/**
	 * Change an account.
	 *
	 * @param displayName the person's name or post
	 * @param organisationId the organisation it belongs to
	 * @param roles at least one role
	 * @param enabled whether it may log in; left out, it stays as it is
	 */
	public record UpdateAccount(String displayName, Long organisationId, Set<Role> roles,
			@Schema(description = "Whether it may log in; left out, it stays as it is") Boolean enabled) {
	}

}
