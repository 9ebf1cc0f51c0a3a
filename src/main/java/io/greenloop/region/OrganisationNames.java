package io.greenloop.region;

import java.util.Map;

import static java.util.Map.entry;

/**
 * How the plans name departments, and the full names behind them. A Hohhot plan writes
 * "市生态环境局" for 呼和浩特市生态环境局 and "市“无废办”" for Hohhot's 无废城市 office; a regional plan writes
 * "自治区生态环境厅".
 */
final class OrganisationNames {

	/**
	 * Short forms the plans use for departments, and the official names they stand for.
	 */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(entry("发改委", "发展和改革委员会"),
			entry("发展改革委", "发展和改革委员会"), entry("工信厅", "工业和信息化厅"), entry("工信局", "工业和信息化局"), entry("住建厅", "住房和城乡建设厅"),
			entry("住建局", "住房和城乡建设局"), entry("市场监管局", "市场监督管理局"), entry("交通厅", "交通运输厅"), entry("科技厅", "科学技术厅"),
			entry("科技局", "科学技术局"), entry("林草局", "林业和草原局"), entry("供销社", "供销合作社联合社"), entry("金融办", "金融工作办公室"),
			entry("卫健委", "卫生健康委员会"));

	/**
	 * How a plan of any level names the autonomous region's own departments: 自治区生态环境厅.
	 */
	static final String AUTONOMOUS_REGION = "自治区";

	private static final String[] COMMITTEE_SUFFIXES = { "管理委员会", "管委会" };

	private OrganisationNames() {
	}

	/**
	 * The full name of a body a plan of the region mentions, such as 呼和浩特市工业和信息化局 for
	 * 市工业和信息化局.
	 */
	static String fullName(Region region, String mention) {
		String name = region.name();
		String own = ownPrefix(region.kind());
		String bare = mention.startsWith(name) ? mention.substring(name.length())
				: hasOwnPrefix(mention, own) ? mention.substring(own.length()) : mention;
		return name + ABBREVIATIONS.getOrDefault(bare, bare);
	}

	/**
	 * Whether the mention starts with the level word: "市生态环境局" does, "市场监督管理局" does not.
	 */
	private static boolean hasOwnPrefix(String mention, String own) {
		return mention.startsWith(own) && !("市".equals(own) && mention.startsWith("市场"));
	}

	/** What a plan's text makes of a body by its name. */
	static OrganisationKind kindOf(String mention) {
		if (mention.endsWith("人民政府") || mention.endsWith("行政公署")) {
			return OrganisationKind.GOVERNMENT;
		}
		if (mention.contains("委组织部") || mention.contains("委宣传部")) {
			return OrganisationKind.PARTY_DEPARTMENT;
		}
		if (mention.contains("无废办") || mention.contains("领导小组") || mention.contains("联席会议")) {
			return OrganisationKind.COORDINATION_OFFICE;
		}
		return OrganisationKind.DEPARTMENT;
	}

	/**
	 * The functional area a "…管委会" mention stands for, or {@code null} if the mention is
	 * not a committee.
	 */
	static String committeeOf(String mention) {
		for (String suffix : COMMITTEE_SUFFIXES) {
			if (mention.endsWith(suffix) && mention.length() > suffix.length()) {
				return mention.substring(0, mention.length() - suffix.length());
			}
		}
		return null;
	}

	/** The word a region's own plans put before its departments: 市, 盟, 自治区, 旗, 县 or 区. */
	private static String ownPrefix(RegionKind kind) {
		return switch (kind) {
			case AUTONOMOUS_REGION -> "自治区";
			case PREFECTURE_CITY, COUNTY_CITY -> "市";
			case LEAGUE -> "盟";
			case BANNER, AUTONOMOUS_BANNER -> "旗";
			case COUNTY -> "县";
			case DISTRICT -> "区";
		};
	}

}
