package io.greenloop.waste.domain;

import java.util.regex.Pattern;

/**
 * An industry code of GB/T 4754—2017 国民经济行业分类: optionally the section letter (门类, A–T),
 * then the division (大类, 2 digits), group (中类, 3) or class (小类, 4), e.g. {@code C2614} or
 * {@code 2614}. Only the format is checked: the classification's table is not loaded.
 *
 * @param value the code as written
 */
public record IndustryCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-T]?\\d{2,4}");

	public IndustryCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An industry code (GB/T 4754—2017) is an optional section letter A–T "
					+ "and 2 to 4 digits, e.g. C2614, not '" + value + "'");
		}
	}

	public static IndustryCode of(String value) {
		return new IndustryCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
	}

	private static final String[] SECTION_NAMES = { "农、林、牧、渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
			"交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业", "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业",
			"居民服务、修理和其他服务业", "教育", "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织", "国际组织" };

	/** The name of a section (门类) letter A–T, per GB/T 4754—2017. */
	public static String sectionName(String letter) {
		return SECTION_NAMES[letter.charAt(0) - 'A'];
	}

	/** The two-digit division (大类), such as 26 for C2614. */
	public int division() {
		String digits = this.value.replaceAll("^[A-T]", "");
		return Integer.parseInt(digits.substring(0, 2));
	}

	/**
	 * The section (门类) letter of the division, by GB/T 4754—2017's table of divisions: A
	 * 01–05, B 06–12, C 13–43, D 44–46, E 47–50, F 51–52, G 53–60, H 61–62, I 63–65, J
	 * 66–69, K 70, L 71–72, M 73–75, N 76–79, O 80–82, P 83, Q 84–85, R 86–90, S 91–96, T
	 * 97.
	 */
	public String section() {
		int d = division();
		int[] firsts = { 1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97 };
		int section = 0;
		for (int i = 0; i < firsts.length; i++) {
			if (d >= firsts[i]) {
				section = i;
			}
		}
		return String.valueOf((char) ('A' + section));
	}

	/**
	 * Whether it is 工业 as the statistics count it: sections B (采矿业), C (制造业) and D
	 * (电力、热力、燃气及水生产和供应业), divisions 06–46.
	 */
	public boolean industrial() {
		int d = division();
		return d >= 6 && d <= 46;
	}

}
