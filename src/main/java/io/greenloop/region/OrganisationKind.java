package io.greenloop.region;

/**
 * What an organisation is. Functional areas (开发区, 新区, 园区) are organisations under a
 * region, governed by their management committees (管委会), not administrative divisions.
 */
public enum OrganisationKind {

	/** A 人民政府 or a 盟 行政公署. */
	GOVERNMENT,
	/** A department of a government: 局, 委员会, 办公室, 厅. */
	DEPARTMENT,
	/** A department of the Party committee, such as 市委组织部. */
	PARTY_DEPARTMENT,
	/** A standing coordination body a plan sets up, such as Hohhot's “无废办”. */
	COORDINATION_OFFICE,
	/** A 开发区, 高新区 or 管理区 with a management committee. */
	DEVELOPMENT_ZONE,
	/** A 新区 with a management committee. */
	NEW_AREA,
	/** An industrial park or base (工业园区, 产业园区). */
	PARK

}
