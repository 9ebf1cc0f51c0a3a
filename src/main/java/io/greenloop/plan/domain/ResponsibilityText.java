package io.greenloop.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.plan.UnitRole;

/**
 * Reads the responsibility cells of the plans into the bodies they name. The plans write
 * lists the way Chinese official texts do: a level prefix stated once ("市工业和信息化局、生态环境局"
 * is two 市 departments), a suffix stated once ("经济技术开发区、和林格尔新区管委会" is two management
 * committees, "武川县、新城区人民政府" two governments), a lead joined by 会同 ("发改委会同工业和信息化厅"), data
 * providers in brackets ("（市统计局提供数据）"), and vague tails ("等部门", "有关部门") that name nobody.
 */
public final class ResponsibilityText {

	private static final Pattern DATA_PROVIDER = Pattern.compile("（([^（）]+?)提供数据）");

	private static final Pattern GROUPS = Pattern.compile("[，,；;]");

	private static final Pattern VAGUE = Pattern.compile("^(市|自治区|盟)?(各)?(有关|相关)部门$|^各有关单位$");

	private static final Pattern VAGUE_TAIL = Pattern.compile("等(过)?(有关)?部门$|等单位$");

	private static final String[] DEPARTMENT_SUFFIXES = { "局", "委员会", "委", "厅", "办公室", "办", "社", "部", "“无废办”", "中心" };

	private static final String[] SHARED_SUFFIXES = { "人民政府", "管委会", "管理委员会" };

	private static final String[] LEVEL_PREFIXES = { "自治区", "市", "盟" };

	private static final String ALL_BELOW = "各旗县区人民政府";

	private ResponsibilityText() {
	}

	/** The bodies a responsibility text names, each with the role the text gives it. */
	public static List<UnitMention> read(String text, UnitRole role) {
		List<UnitMention> mentions = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return mentions;
		}
		String rest = text.strip();
		Matcher providers = DATA_PROVIDER.matcher(rest);
		List<String> providerTexts = new ArrayList<>();
		while (providers.find()) {
			providerTexts.add(providers.group(1));
		}
		rest = DATA_PROVIDER.matcher(rest).replaceAll("");
		for (String group : GROUPS.split(rest)) {
			for (String name : items(group)) {
				mentions.add(new UnitMention(name, role, name.equals(ALL_BELOW)));
			}
		}
		for (String provider : providerTexts) {
			for (String name : items(provider)) {
				mentions.add(new UnitMention(name, UnitRole.DATA_PROVIDER, false));
			}
		}
		return mentions;
	}

	/** The completed names of one comma-separated group. */
	private static List<String> items(String group) {
		List<String> raw = new ArrayList<>();
		for (String item : group.split("、|会同")) {
			String name = VAGUE_TAIL.matcher(item.strip()).replaceAll("").strip();
			if (!name.isEmpty() && !VAGUE.matcher(name).matches()) {
				raw.add(name);
			}
		}
		shareSuffix(raw);
		sharePrefix(raw);
		return raw;
	}

	/** "武川县、新城区人民政府": the last item's 人民政府 or 管委会 belongs to the bare names before it. */
	private static void shareSuffix(List<String> names) {
		if (names.size() < 2) {
			return;
		}
		String last = names.get(names.size() - 1);
		for (String suffix : SHARED_SUFFIXES) {
			if (last.endsWith(suffix)) {
				for (int i = 0; i < names.size() - 1; i++) {
					if (!endsWithAny(names.get(i), SHARED_SUFFIXES)
							&& !endsWithAny(names.get(i), DEPARTMENT_SUFFIXES)) {
						names.set(i, names.get(i) + suffix);
					}
				}
				return;
			}
		}
	}

	/** "市工业和信息化局、生态环境局": the first department's 市 belongs to the departments after it. */
	private static void sharePrefix(List<String> names) {
		String prefix = null;
		for (String level : LEVEL_PREFIXES) {
			if (!names.isEmpty() && hasLevelPrefix(names.get(0), level)) {
				prefix = level;
			}
		}
		if (prefix == null) {
			return;
		}
		for (int i = 1; i < names.size(); i++) {
			String name = names.get(i);
			if (!hasLevelPrefix(name, prefix) && endsWithAny(name, DEPARTMENT_SUFFIXES)) {
				names.set(i, prefix + name);
			}
		}
	}

	/** Whether the name starts with the level word: "市生态环境局" does, "市场监督管理局" does not. */
	static boolean hasLevelPrefix(String name, String level) {
		return name.startsWith(level) && !("市".equals(level) && name.startsWith("市场"));
	}

	private static boolean endsWithAny(String name, String[] suffixes) {
		for (String suffix : suffixes) {
			if (name.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

}
