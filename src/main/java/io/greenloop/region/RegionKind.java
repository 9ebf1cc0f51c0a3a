package io.greenloop.region;

/**
 * The kind of an administrative division, with its level in the hierarchy: 1 the
 * autonomous region, 2 the 盟市, 3 the 旗县级 units (市辖区, 县级市, 县, 旗, 自治旗).
 */
public enum RegionKind {

	AUTONOMOUS_REGION(1), PREFECTURE_CITY(2), LEAGUE(2), DISTRICT(3), COUNTY_CITY(3), COUNTY(3), BANNER(3),
	AUTONOMOUS_BANNER(3);

	private final int level;

	RegionKind(int level) {
		this.level = level;
	}

	public int level() {
		return this.level;
	}

	/**
	 * The name of the government of a region of this kind: a 盟 has a 行政公署, the others a
	 * 人民政府.
	 */
	String governmentName(String regionName) {
		return this == LEAGUE ? regionName + "行政公署" : regionName + "人民政府";
	}

}
