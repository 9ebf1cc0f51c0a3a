package io.greenloop.identity;

import java.util.Set;

/**
 * An account as other modules and the administration pages see it; never its password.
 *
 * @param id its id
 * @param username what it logs in with
 * @param displayName the person's name or post, as shown
 * @param organisationId the organisation it belongs to
 * @param regionCode the region it belongs to (the organisation's region)
 * @param roles what it may do
 * @param enabled whether it may log in
 * @param demo whether it is a demonstration account (demo profile only)
 */
public record Account(long id, String username, String displayName, long organisationId, String regionCode,
		Set<Role> roles, boolean enabled, boolean demo) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** What this account may see and write. */
	public DataScope scope() {
		return new DataScope(this.username, this.organisationId, this.regionCode, this.roles);
	}

}
