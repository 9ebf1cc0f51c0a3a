package io.greenloop.waste.domain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 46 categories (废物类别) of the 国家危险废物名录（2021 年版）, 附表 column 1: HW01–HW40 and
 * HW45–HW50. HW41–HW44 do not exist (removed in the 2016 revision).
 *
 * @param number the category number, 1–50
 * @param name the category's name in the 2021 text
 */
public record HazardCategory(int number, String name) {

	/** 附表 column 废物类别, in the order of the 2021 text. */
	private static final Map<Integer, String> NAMES = names("医疗废物", "医药废物", "废药物、药品", "农药废物", "木材防腐剂废物",
			"废有机溶剂与含有机溶剂废物", "热处理含氰废物", "废矿物油与含矿物油废物", "油/水、烃/水混合物或乳化液", "多氯（溴）联苯类废物", "精（蒸）馏残渣", "染料、涂料废物", "有机树脂类废物",
			"新化学物质废物", "爆炸性废物", "感光材料废物", "表面处理废物", "焚烧处置残渣", "含金属羰基化合物废物", "含铍废物", "含铬废物", "含铜废物", "含锌废物", "含砷废物",
			"含硒废物", "含镉废物", "含锑废物", "含碲废物", "含汞废物", "含铊废物", "含铅废物", "无机氟化物废物", "无机氰化物废物", "废酸", "废碱", "石棉废物",
			"有机磷化合物废物", "有机氰化物废物", "含酚废物", "含醚废物", "含有机卤化物废物", "含镍废物", "含钡废物", "有色金属采选和冶炼废物", "其他废物", "废催化剂");

	private static Map<Integer, String> names(String... names) {
		Map<Integer, String> byNumber = new TreeMap<>();
		int number = 1;
		for (String name : names) {
			byNumber.put(number, name);
			number = (number == 40) ? 45 : number + 1;
		}
		return byNumber;
	}

	/** The category numbered so ("HW" + two digits), if it exists. */
	public static Optional<HazardCategory> of(int number) {
		return Optional.ofNullable(NAMES.get(number)).map(name -> new HazardCategory(number, name));
	}

	/** The category written {@code HW49} or {@code 49}. */
	public static Optional<HazardCategory> parse(String text) {
		String digits = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^HW", "");
		return digits.matches("\\d{2}") ? of(Integer.parseInt(digits)) : Optional.empty();
	}

	/** All 46 categories in order. */
	public static java.util.List<HazardCategory> all() {
		return NAMES.entrySet().stream().map(entry -> new HazardCategory(entry.getKey(), entry.getValue())).toList();
	}

	/** The category as written in the catalogue, e.g. {@code HW08}. */
	public String code() {
		return "HW%02d".formatted(this.number);
	}

}
