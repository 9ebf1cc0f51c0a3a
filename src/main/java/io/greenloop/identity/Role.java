package io.greenloop.identity;

/**
 * What an account may do. Anonymous visitors (the public) have no account and read only
 * the public pages.
 */
public enum Role {

	/** Manages accounts, rules, periods and configuration; sees everything. */
	ADMIN,
	/** 填报: enters and submits the values of its organisation, in its region. */
	REPORTER,
	/**
	 * 审核: approves, returns and reopens submissions at its region's level, for its region
	 * and the regions below.
	 */
	REVIEWER,
	/** Reads dashboards and data of its region and the regions below; changes nothing. */
	LEADER,
	/**
	 * 企业: an enterprise's staff. Keeps its own enterprise's waste records (plans,
	 * ledgers, declarations, manifests) and sees nothing of the government's reporting,
	 * evaluation or supervision. Which enterprises an account acts for is kept by the
	 * waste module.
	 */
	ENTERPRISE;

	/** The Spring Security authority for the role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
