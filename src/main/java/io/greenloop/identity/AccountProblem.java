package io.greenloop.identity;

/**
 * An account change an administrator asked for cannot be made, and why, field by field.
 */
public class AccountProblem extends RuntimeException {

	private final String field;

	private final boolean conflict;

	AccountProblem(String field, String message, boolean conflict) {
		super(message);
		this.field = field;
		this.conflict = conflict;
	}

	static AccountProblem invalid(String field, String message) {
		return new AccountProblem(field, message, false);
	}

	static AccountProblem conflict(String field, String message) {
		return new AccountProblem(field, message, true);
	}

	/** The field at fault, such as username or organisationId. */
	public String field() {
		return this.field;
	}

	/**
	 * Whether the change clashes with an existing account (409) rather than being
	 * malformed (400).
	 */
	public boolean isConflict() {
		return this.conflict;
	}

}
